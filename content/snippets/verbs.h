/* Context for ```c context=verbs fragments in the lessons: headers and the
 * variables a fragment refers to, declared but never defined. It must not
 * define macros or types that change the verbs API, so that a fragment that
 * compiles here compiles against <infiniband/verbs.h> as written. */
#include <infiniband/verbs.h>
#include <stddef.h>
#include <stdint.h>

extern struct ibv_context *dev_ctx;           /* from ibv_open_device() */
extern struct ibv_comp_channel *comp_channel; /* for event-driven completions */
extern struct ibv_pd *pd;                     /* protection domain of qp and local_mr */
extern struct ibv_cq *cq;                     /* completion queue of qp */
extern struct ibv_qp *qp;                     /* a connected RC queue pair (in RTS) */
extern struct ibv_mr *local_mr;               /* registration that covers local_buf */
extern void *local_buf;
extern uint64_t peer_addr;                    /* address in the peer's MR, learned out of band */
extern uint32_t peer_rkey;                    /* the peer MR's rkey, learned out of band */
extern void *ctx;                             /* the application's per-request context */
extern uint32_t size;                         /* bytes to transfer */
extern void handle_completion(const struct ibv_wc *wc); /* the application's handler */
