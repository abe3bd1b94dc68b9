/* sitrep-cleanup.c — placeholder until written */
