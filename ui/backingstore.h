#pragma once

class QWidget;

// Gets a top-level window's backing store ready before it is shown: the native window and the
// image its first frame is painted into are made at the window's size, and the image's memory is
// mapped in one step rather than one page fault at a time while the first frame is painted.
// Returns whether the memory was mapped ahead (false where the platform or kernel cannot).
bool prepareBackingStore(QWidget *window);
