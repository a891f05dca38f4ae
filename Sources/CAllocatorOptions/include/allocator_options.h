#ifndef MINHBACH_ALLOCATOR_OPTIONS_H
#define MINHBACH_ALLOCATOR_OPTIONS_H

/// The options jemalloc reads at start (see allocator_options.c).
extern const char *malloc_conf;

#endif
