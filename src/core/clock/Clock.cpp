#include "Clock.h"

#include "SystemClock.h"

namespace rostrum {

Clock *Clock::system()
{
    static SystemClock *instance = new SystemClock;
    return instance;
}

} // namespace rostrum
