// Node's timers hold at most 2^31-1 ms; a longer delay fires after 1 ms instead, with only a
// warning (https://nodejs.org/api/timers.html#settimeoutcallback-delay-args). A --timeout above
// it times every attempt out at once, and a wait above it retries at once: both send again.
export const MAX_TIMER_MS = 2 ** 31 - 1;
