/* sitrep-dateparse.c — placeholder until written */
