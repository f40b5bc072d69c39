# Installation and installers. Included at the end of the top-level CMakeLists.txt, once every
# target exists.

include(GNUInstallDirs)

# The day this version is released: the AppStream release entry and the man page carry it.
set(SIPCODES_RELEASE_DATE "2026-11-24")

set(packaging_dir ${CMAKE_CURRENT_LIST_DIR})
set(packaging_build_dir ${PROJECT_BINARY_DIR}/packaging)
set(icons_dir ${packaging_dir}/icons)

if(UNIX AND NOT APPLE)
    # ---- Linux and other Unix desktops: the freedesktop files.
    set(app_id ${SIPCODES_APP_ID})
    configure_file(${packaging_dir}/linux/${app_id}.metainfo.xml.in
                   ${packaging_build_dir}/${app_id}.metainfo.xml @ONLY)
    configure_file(${packaging_dir}/linux/sipcodes.1.in ${packaging_build_dir}/sipcodes.1 @ONLY)

    # Debian wants man pages compressed with gzip -9n (no name, no time stamp).
    find_program(GZIP_EXECUTABLE gzip REQUIRED)
    add_custom_command(
        OUTPUT ${packaging_build_dir}/sipcodes.1.gz
        COMMAND ${GZIP_EXECUTABLE} -9n -c sipcodes.1 > sipcodes.1.gz
        DEPENDS ${packaging_build_dir}/sipcodes.1
        WORKING_DIRECTORY ${packaging_build_dir}
        COMMENT "Compressing the man page")
    add_custom_target(sipcodes_docs ALL DEPENDS ${packaging_build_dir}/sipcodes.1.gz)

    install(FILES ${packaging_dir}/linux/${app_id}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${packaging_build_dir}/${app_id}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    foreach(size 16 22 24 32 48 64 128 256 512)
        install(FILES ${icons_dir}/sipcodes-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                RENAME ${app_id}.png)
    endforeach()
    install(FILES ${icons_dir}/sipcodes.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${app_id}.svg)
    install(FILES ${packaging_build_dir}/sipcodes.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()
