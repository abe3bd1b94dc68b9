/* sitrep-import-job.c — placeholder until written */
