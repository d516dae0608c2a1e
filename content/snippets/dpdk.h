/* Context for ```c context=dpdk fragments in the lessons: DPDK headers and the
 * variables a fragment refers to, declared but never defined. It must not
 * define macros or types that change the DPDK API, so that a fragment that
 * compiles here compiles against DPDK's headers as written. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <rte_eal.h>
#include <rte_ethdev.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>

extern uint16_t port_id;               /* a port checked with rte_eth_dev_is_valid_port() */
extern uint16_t queue_id;              /* the Rx/Tx queue that this lcore alone polls */
extern struct rte_mempool *mbuf_pool;  /* mbufs on the port's NUMA node */
