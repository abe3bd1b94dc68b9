/* sitrep-csv.c — placeholder until written */
