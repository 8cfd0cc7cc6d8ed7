// SPDX-License-Identifier: MIT
#include "feedsource.h"

namespace {
const int registered = qRegisterMetaType<perp::EventBatchPtr>("perp::EventBatchPtr");
}
