# SPDX-License-Identifier: MIT
add_library(perp_warnings INTERFACE)
if(MSVC)
    target_compile_options(perp_warnings INTERFACE /W4 /permissive-)
else()
    target_compile_options(perp_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor
                                                   -Wno-missing-field-initializers)
endif()

# perp_library(NAME DIR [QT] LINKS ...): a static library of every .cpp below DIR.
function(perp_library name dir)
    cmake_parse_arguments(ARG "" "" "LINKS" ${ARGN})
    file(GLOB_RECURSE srcs CONFIGURE_DEPENDS ${dir}/*.cpp ${dir}/*.h)
    list(FILTER srcs EXCLUDE REGEX "/main\\.cpp$")
    add_library(${name} STATIC ${srcs})
    target_include_directories(${name} PUBLIC ${CMAKE_SOURCE_DIR}/src)
    target_link_libraries(${name} PUBLIC ${ARG_LINKS} PRIVATE perp_warnings)
endfunction()
