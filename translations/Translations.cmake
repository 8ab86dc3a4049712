# rostrum_add_translations(target): compiles translations/rostrum_<lang>.ts with lrelease and embeds the
# .qm files in the target under :/i18n. The .ts files are kept up to date with scripts/update-translations;
# the test "translations_complete" fails when lupdate finds a string that is missing or unfinished.
set(ROSTRUM_LANGUAGES fr de es it)

function(rostrum_add_translations target)
    if(NOT TARGET Qt6::lrelease)
        message(WARNING "Qt Linguist tools not found: ${target} is built without translations")
        return()
    endif()
    set(ts_files)
    foreach(lang IN LISTS ROSTRUM_LANGUAGES)
        list(APPEND ts_files "${PROJECT_SOURCE_DIR}/translations/rostrum_${lang}.ts")
    endforeach()
    qt_add_lrelease(${target} TS_FILES ${ts_files} QM_FILES_OUTPUT_VARIABLE qm_files)
    qt_add_resources(${target} "rostrum_translations" PREFIX "/i18n" BASE "${CMAKE_CURRENT_BINARY_DIR}"
                     FILES ${qm_files})
endfunction()
