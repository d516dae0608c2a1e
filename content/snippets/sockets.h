/* Context for ```c context=sockets fragments in the lessons: the BSD socket
 * headers and the names a fragment refers to, declared but never defined.
 * It must not define macros or types that change the socket API, so that a
 * fragment that compiles here compiles against glibc's headers as written. */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

extern int sock;                  /* a UDP socket, already bound */
extern struct sockaddr_in peer;   /* where replies go */
extern struct sockaddr_in addr;   /* a local address for a server to bind */
extern char buffer[2048];         /* an application receive buffer */
extern size_t size;               /* bytes to receive into buffer */

/* The application's work on one message; the lessons never show its body. */
void handle_message(const char *data, size_t len);
