#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QTreeWidget;

// Help > Keyboard Shortcuts (F1): every key the window answers to, with what it does.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT

public:
    struct Row {
        QString keys;   // "Alt+Left, Back"
        QString action; // "Back"
    };

    explicit ShortcutsDialog(const QList<Row> &rows, QWidget *parent = nullptr);

    QTreeWidget *table() const { return m_table; }

private:
    QTreeWidget *m_table = nullptr;
};
