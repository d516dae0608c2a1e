/* Context for ```c context=xdp fragments in the lessons: the headers an
 * AF_XDP program built on libxdp includes, and the objects the fragments
 * share, declared but never defined. It must not define macros or types that
 * change the libxdp or kernel API. */
#include <errno.h>
#include <stddef.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <linux/if_link.h>
#include <linux/if_xdp.h>
#include <xdp/xsk.h>

extern void *umem_area;                 /* the UMEM: frames the NIC and the app share */
extern struct xsk_umem *umem;
extern struct xsk_socket *xsk;
extern struct xsk_ring_prod fq, tx;     /* FILL and TX: the application produces */
extern struct xsk_ring_cons cq, rx;     /* COMPLETION and RX: the application consumes */

/* The application's work on one frame; the lessons never show its body. */
void swap_macs(void *frame);
