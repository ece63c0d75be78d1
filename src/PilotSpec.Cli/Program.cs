// Placeholder until the CLI lands in this same change.
return 0;
