#include "cli/app.h"

int main(int argc, char** argv) { return fd::cli::run(argc, argv); }
