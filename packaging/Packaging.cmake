# Installation and installers, one CPack block per platform (as Zeal and Cockatrice do):
# DEB, RPM and TGZ on Linux, WiX (MSI) on Windows, DragNDrop on macOS.
# Included at the end of the top-level CMakeLists.txt, once every target exists.

include(GNUInstallDirs)

# The day this version is released: the AppStream release entry and the man page carry it, and
# packaging/linux/changelog must have an entry for this version.
set(SIPCODES_RELEASE_DATE "2026-11-24")
set(SIPCODES_MAINTAINER "The SIP Codes developers <sipcodes@users.noreply.github.com>"
    CACHE STRING "Maintainer named in the packages")

set(packaging_dir ${CMAKE_CURRENT_LIST_DIR})
set(packaging_build_dir ${PROJECT_BINARY_DIR}/packaging)
set(icons_dir ${packaging_dir}/icons)

set(CPACK_PACKAGE_NAME sipcodes)
set(CPACK_PACKAGE_VENDOR "The SIP Codes developers")
set(CPACK_PACKAGE_CONTACT "${SIPCODES_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline reference for SIP response codes and Q.850 causes")
# Lines of at most 80 characters: Debian shows them as they are.
set(CPACK_PACKAGE_DESCRIPTION
"SIP Codes is an offline desk reference for VoIP engineers. For every SIP
response code, ITU-T Q.850 cause and SIP Warning code it explains what it
means, who typically sends it, when you see it, which headers to inspect,
whether to retry and how to fix it, with the RFC 3398 mappings between SIP
responses and Q.850 causes.

The window searches as you type (codes, classes, reason phrases, header names,
RFC numbers) and compares two codes side by side. The same content prints on
the command line as text, Markdown, JSON or CSV. English, French, German,
Spanish and Japanese.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "SIP Codes")
set(CPACK_PACKAGE_EXECUTABLES sipcodes "SIP Codes")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
# WiX wants the licence as .txt or .rtf.
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${packaging_build_dir}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${packaging_build_dir}/LICENSE.txt)
# Generator-specific settings that CPack reads when it runs (install prefix, Debian files).
configure_file(${packaging_dir}/CPackOptions.cmake.in ${packaging_build_dir}/CPackOptions.cmake
               @ONLY)
set(CPACK_PROJECT_CONFIG_FILE ${packaging_build_dir}/CPackOptions.cmake)

# The Qt runtime next to the executable, for Windows and macOS: qt_generate_deploy_app_script
# where this Qt has it (6.3 and later), windeployqt or macdeployqt otherwise.
function(sipcodes_deploy_qt)
    if(COMMAND qt_generate_deploy_app_script)
        if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
            qt_generate_deploy_app_script(TARGET sipcodes OUTPUT_SCRIPT deploy_script
                                          NO_UNSUPPORTED_PLATFORM_ERROR)
        else()
            qt_generate_deploy_app_script(TARGET sipcodes FILENAME_VARIABLE deploy_script
                                          NO_UNSUPPORTED_PLATFORM_ERROR)
        endif()
        install(SCRIPT ${deploy_script})
        return()
    endif()
    get_target_property(qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(qt_bin ${qmake} DIRECTORY)
    if(WIN32)
        find_program(WINDEPLOYQT windeployqt HINTS ${qt_bin} REQUIRED)
        install(CODE "execute_process(COMMAND \"${WINDEPLOYQT}\" --no-compiler-runtime
                          \"\${CMAKE_INSTALL_PREFIX}/bin/$<TARGET_FILE_NAME:sipcodes>\"
                          COMMAND_ERROR_IS_FATAL ANY)")
    elseif(APPLE)
        find_program(MACDEPLOYQT macdeployqt HINTS ${qt_bin} REQUIRED)
        install(CODE "execute_process(COMMAND \"${MACDEPLOYQT}\"
                          \"\${CMAKE_INSTALL_PREFIX}/$<TARGET_FILE_NAME:sipcodes>.app\"
                          COMMAND_ERROR_IS_FATAL ANY)")
    endif()
endfunction()

if(WIN32)
    # ---- Windows: an MSI. The upgrade code never changes, so a new version replaces the old.
    target_sources(sipcodes PRIVATE ${packaging_dir}/windows/sipcodes.rc)
    sipcodes_deploy_qt()
    include(InstallRequiredSystemLibraries) # the MSVC runtime, next to the program
    set(CPACK_GENERATOR WIX)
    set(CPACK_WIX_UPGRADE_GUID "6A4D2B0E-6C1F-4E0B-9F57-2C3A8D5B7E41")
    set(CPACK_WIX_PRODUCT_ICON ${icons_dir}/sipcodes.ico)
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "SIP Codes")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}/issues")
elseif(APPLE)
    # ---- macOS: a disk image with the application bundle, Qt inside it.
    set_source_files_properties(${icons_dir}/sipcodes.icns TARGET_DIRECTORY sipcodes
                                PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    target_sources(sipcodes PRIVATE ${icons_dir}/sipcodes.icns)
    set_target_properties(sipcodes PROPERTIES
        MACOSX_BUNDLE_BUNDLE_NAME "SIP Codes"
        MACOSX_BUNDLE_ICON_FILE sipcodes.icns
        MACOSX_BUNDLE_COPYRIGHT "Copyright (c) 2026 The SIP Codes developers")
    sipcodes_deploy_qt()
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "SIP Codes")
    set(CPACK_DMG_FORMAT UDBZ)
else()
    # ---- Linux and other Unix desktops: the freedesktop files, then DEB, RPM and TGZ.
    # Full RELRO, as Debian's hardening=+all builds have it.
    target_link_options(sipcodes PRIVATE LINKER:-z,relro,-z,now)
    set(app_id ${SIPCODES_APP_ID})
    configure_file(${packaging_dir}/linux/${app_id}.metainfo.xml.in
                   ${packaging_build_dir}/${app_id}.metainfo.xml @ONLY)
    configure_file(${packaging_dir}/linux/sipcodes.1.in ${packaging_build_dir}/sipcodes.1 @ONLY)

    # Debian wants the man page and changelog compressed with gzip -9n (no name, no time stamp).
    find_program(GZIP_EXECUTABLE gzip REQUIRED)
    add_custom_command(
        OUTPUT ${packaging_build_dir}/sipcodes.1.gz
        COMMAND ${GZIP_EXECUTABLE} -9n -c sipcodes.1 > sipcodes.1.gz
        DEPENDS ${packaging_build_dir}/sipcodes.1
        WORKING_DIRECTORY ${packaging_build_dir}
        COMMENT "Compressing the man page")
    add_custom_command(
        OUTPUT ${packaging_build_dir}/changelog.Debian.gz
        COMMAND ${GZIP_EXECUTABLE} -9n -c ${packaging_dir}/linux/changelog > changelog.Debian.gz
        DEPENDS ${packaging_dir}/linux/changelog
        WORKING_DIRECTORY ${packaging_build_dir}
        COMMENT "Compressing the Debian changelog")
    add_custom_target(sipcodes_docs ALL
        DEPENDS ${packaging_build_dir}/sipcodes.1.gz ${packaging_build_dir}/changelog.Debian.gz)

    # The changelog's newest entry must be this version, or lintian and apt users see stale news.
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
    set(debian_version "${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}")
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${packaging_dir}/linux/changelog)
    file(STRINGS ${packaging_dir}/linux/changelog changelog_top LIMIT_COUNT 1)
    if(NOT changelog_top MATCHES "^sipcodes \\(${debian_version}\\) ")
        message(WARNING "packaging/linux/changelog does not start with version "
                        "${debian_version}: add an entry for this release")
    endif()

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
    # Debian's copyright, changelog and lintian override go only into the .deb, the plain
    # licence only into the RPM and the archive (see CPackOptions.cmake.in).
    install(FILES ${packaging_dir}/linux/copyright ${packaging_build_dir}/changelog.Debian.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/sipcodes
            COMPONENT debian EXCLUDE_FROM_ALL)
    install(FILES ${packaging_dir}/linux/lintian-overrides
            DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME sipcodes
            COMPONENT debian EXCLUDE_FROM_ALL)
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/sipcodes
            COMPONENT license EXCLUDE_FROM_ALL)

    set(CPACK_GENERATOR DEB RPM TGZ)
    set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
        OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION comm)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Native Wayland windows (X11 through XWayland otherwise); Qt's own strings translated.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS qt6-wayland)
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS qt6-translations-l10n)
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

    set(CPACK_RPM_PACKAGE_RELEASE 1)
    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_LICENSE MIT)
    set(CPACK_RPM_PACKAGE_GROUP "Applications/Communications")
    set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_RPM_PACKAGE_AUTOREQ ON)
    set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
    # The folders themselves belong to the distribution's filesystem package.
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
        /usr/share/icons /usr/share/icons/hicolor)
    foreach(size 16 22 24 32 48 64 128 256 512 scalable)
        set(dir /usr/share/icons/hicolor/${size}x${size})
        if(size STREQUAL scalable)
            set(dir /usr/share/icons/hicolor/scalable)
        endif()
        list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${dir} ${dir}/apps)
    endforeach()
endif()

include(CPack)
