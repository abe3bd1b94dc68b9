/* sitrep-import.c — placeholder until written */
