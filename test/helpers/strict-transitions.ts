/**
 * Imported for its effect by the test helpers: an illegal task transition (a bug in weft)
 * throws in every worker the tests start, in process or as a CLI child (which inherits the
 * environment), instead of being reported and dropped as in production.
 */
process.env.WEFT_STRICT_TRANSITIONS ??= "1";
