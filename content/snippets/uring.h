/* Context for ```c context=uring fragments in the lessons: the headers an
 * io_uring program built on liburing includes, and the names a fragment
 * refers to, declared but never defined. It must not define macros or types
 * that change the liburing API. */
#include <errno.h>
#include <stddef.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <liburing.h>

/* The application's work on one datagram; the lessons never show its body. */
void handle_datagram(const void *data, size_t len);
