/* sitrep-html.c — placeholder until written */
