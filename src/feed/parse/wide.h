// SPDX-License-Identifier: MIT
#pragma once

namespace perp::feed {

// 128-bit intermediate for exact fixed-point products (GCC and Clang).
__extension__ typedef __int128 Int128;

} // namespace perp::feed
