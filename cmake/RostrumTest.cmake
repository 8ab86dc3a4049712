# rostrum_add_test(NAME name SOURCES a.cpp ... LIBS lib ... LABEL core|gui|e2e [ENV K=V ...] [TIMEOUT s])
# One Qt Test executable per test class, registered with CTest: offscreen platform, C.UTF-8,
# a private XDG home so no test touches the developer's real data, settings or keychain.
function(rostrum_add_test)
    cmake_parse_arguments(T "" "NAME;LABEL;TIMEOUT" "SOURCES;LIBS;ENV" ${ARGN})
    if(NOT T_LABEL)
        message(FATAL_ERROR "rostrum_add_test(${T_NAME}): LABEL core, gui or e2e is required")
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE rostrum_settings Qt6::Test ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        ROSTRUM_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${T_LABEL}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_LOGGING_RULES=*.debug=false;${T_ENV}")
endfunction()
