/**
 * Every constant of the model, in one place, with its unit in its name and its
 * source. CPU work is in cycles (ns = cycles / cpuGhz) because it scales with the
 * clock; PCIe, NIC, wire and memory figures are in ns and do not.
 *
 * "Calibrated fit" means the value was chosen, within the range the cited source
 * allows, so that the cases in ../shared/calibration/published-measurements.json
 * land inside their tolerance; the case ids are named. Where a total is fitted,
 * its split between stages is a teaching estimate and is marked as such.
 */

// ---------- Ethernet, IP, UDP and TCP framing ----------
// source: IEEE 802.3 clause 3 (MAC frame: 6 + 6 destination and source, 2 type).
export const ETH_HEADER_BYTES = 14;
// source: IEEE 802.3 clause 3 (frame check sequence, a CRC-32).
export const ETH_FCS_BYTES = 4;
// source: IEEE 802.3 clause 3: 7-byte preamble + 1-byte start-of-frame delimiter.
export const ETH_PREAMBLE_SFD_BYTES = 8;
// source: IEEE 802.3 clause 4 (minimum inter-packet gap, 96 bit times).
export const ETH_IFG_BYTES = 12;
// source: IEEE 802.3 clause 4 (minFrameSize, FCS included; shorter frames are padded).
export const ETH_MIN_FRAME_BYTES = 64;
// source: RFC 791 (IPv4 header without options).
export const IPV4_HEADER_BYTES = 20;
// source: RFC 791: fragment offsets count 8-byte units.
export const IP_FRAGMENT_UNIT_BYTES = 8;
// source: RFC 768.
export const UDP_HEADER_BYTES = 8;
// source: 65,535-byte IPv4 total length minus the IPv4 and UDP headers (RFC 791, RFC 768).
export const UDP_MAX_PAYLOAD_BYTES = 65_507;
// source: RFC 9293 (TCP header without options).
export const TCP_HEADER_BYTES = 20;
// source: RFC 7323 timestamp option (10 bytes, padded to 12 with two NOPs); Linux sends it
// by default (net.ipv4.tcp_timestamps = 1, Documentation/networking/ip-sysctl.rst).
export const TCP_TIMESTAMP_OPTION_BYTES = 12;

// ---------- RDMA headers (Linux include/rdma/ib_pack.h; drivers/infiniband/sw/rxe/rxe_hdr.h) ----------
export const IB_BTH_BYTES = 12; // base transport header
export const IB_RETH_BYTES = 16; // RDMA extended transport header: virtual address 8, rkey 4, length 4
export const IB_AETH_BYTES = 4; // ACK extended transport header (read responses)
export const IB_ATOMIC_ETH_BYTES = 28; // AtomicETH: address 8, rkey 4, swap/add 8, compare 8
export const IB_ATOMIC_ACK_ETH_BYTES = 8; // AtomicAckETH: the original 64-bit value
export const IB_ICRC_BYTES = 4; // invariant CRC
export const IB_LRH_BYTES = 8; // InfiniBand local route header (IB links only)
export const IB_VCRC_BYTES = 2; // InfiniBand variant CRC (IB links only; IBA vol. 1, ch. 7)
// source: ACCURACY.md A18/B20, ibv_wr_post.3.md: an atomic works on one 64-bit, 8-byte-aligned word.
export const ATOMIC_OPERAND_BYTES = 8;
// source: enum ibv_mtu in rdma-core libibverbs/verbs.h.
export const IB_MTU_VALUES_BYTES: readonly number[] = [256, 512, 1024, 2048, 4096];
// source: iboe_get_mtu() in Linux include/rdma/ib_addr.h subtracts GRH 40 + UDP 8 + BTH 12 +
// XRC 4 + AtomicETH 28 + ICRC 4 from the netdev MTU to get RoCE's usable IB MTU.
export const ROCE_MTU_OVERHEAD_BYTES = 96;
// source: perftest DEF_INLINE_SEND_RC_UC and DEF_INLINE_WRITE (perftest_parameters.h): the
// latency tests push messages up to this size inline in the work request.
export const RDMA_INLINE_SEND_MAX_BYTES = 236;
export const RDMA_INLINE_WRITE_MAX_BYTES = 220;
// source: rdma-core providers/mlx5 (MLX5_SEND_WQE_BB): a send WQE is built from 64-byte blocks.
export const RDMA_WQE_BYTES = 64;

// ---------- Wire and switches ----------
// source: light in silica fibre (n ≈ 1.47) and in twinax copper (velocity factor ≈ 0.7)
// covers a metre in about 4.9 ns.
export const PROPAGATION_NS_PER_METER = 5;
// Calibrated fit to case switch-hop (IBM/tulips: ~270 ns per hop including the extra cable;
// vendors state 250-380 ns for cut-through switches).
export const SWITCH_CUT_THROUGH_NS = 260;

// ---------- System calls, scheduler, idle states ----------
// source: ACCURACY.md A3: a getppid() loop measured ~125-130 ns, ~330 TSC ticks, per call;
// split evenly between entry and exit.
export const SYSCALL_ENTRY_CYCLES = 165;
export const SYSCALL_EXIT_CYCLES = 165;
// source: ACCURACY.md A3 / Linux Documentation/arch/x86/pti.rst: "Moves to CR3 are on the
// order of a hundred cycles, and are required at every entry and exit."
export const PTI_CR3_SWITCH_CYCLES = 100;
// source: ACCURACY.md A4: ~2.1 µs per switch in a pipe ping-pong, two pipe syscalls included,
// so roughly 1-1.5 µs for the switch itself. Calibrated fit (kernel-tcp-small-100g,
// kernel-tcp-1b-10g-default) inside that range.
export const CONTEXT_SWITCH_CYCLES = 3600;
// Scheduler wake-up of the blocked reader (try_to_wake_up, run-queue, reschedule) until it
// runs. Calibrated fit, same cases as CONTEXT_SWITCH_CYCLES; a teaching estimate of the split.
export const WAKEUP_CYCLES = 3000;
// source: intel_idle skx_cstates (Linux drivers/idle/intel_idle.c; cpuidle sysfs): worst-case
// exit latency 2 µs for C1, 10 µs for C1E, 133 µs for C6. 'poll' never leaves C0.
export const IDLE_EXIT_NS = { poll: 0, c1: 2_000, c1e: 10_000, c6: 133_000 } as const;
// source: mlx5e default receive CQ moderation with the timer started from the CQE:
// MLX5E_PARAMS_DEFAULT_RX_CQ_MODERATION_USEC_FROM_CQE = 0x3 (drivers/net/ethernet/mellanox/mlx5).
export const DEFAULT_INTERRUPT_COALESCING_US = 3;

// ---------- Linux socket path, per message or per frame (cycles) ----------
// Calibrated fit: the sums are fitted to kernel-tcp-small-100g, kernel-tcp-1b-10g-default,
// kernel-busy-poll-tcp-1b-10g and (through WARM_COST_FACTOR) kernel-rx-per-core; the split
// between stages is a teaching estimate from where perf profiles of the stack spend time.
export const TCP_SENDMSG_CYCLES = 1800;
export const UDP_SENDMSG_CYCLES = 1100;
export const TCP_TX_CYCLES = 2100;
export const UDP_TX_CYCLES = 500;
export const IP_TX_CYCLES = 700;
export const QDISC_DRIVER_TX_CYCLES = 1500;
export const HARDIRQ_CYCLES = 1500;
export const NAPI_RX_PER_FRAME_CYCLES = 900;
export const GRO_PER_FRAME_CYCLES = 250;
export const IP_RX_CYCLES = 600; // per GRO batch (TCP) or per fragment (UDP)
export const TCP_RX_CYCLES = 2500; // per GRO batch
export const UDP_RX_CYCLES = 1000; // per datagram
export const SOCKET_ENQUEUE_CYCLES = 500;
export const TCP_RECVMSG_CYCLES = 1800;
export const UDP_RECVMSG_CYCLES = 1200;
// One pass of the kernel's busy-poll loop (napi_busy_loop with an empty driver poll).
// Teaching estimate; the arrival falls at a random point of a pass.
export const BUSY_POLL_LOOP_CYCLES = 1800;
// source: Documentation/networking/segmentation-offloads.rst: GRO builds packets of up to 64 KB.
export const GRO_MAX_BYTES = 65_536;

// ---------- io_uring and AF_XDP (cycles; teaching estimates on top of the socket path) ----------
export const URING_SUBMIT_CYCLES = 450; // io_uring_enter plus consuming the SQE
export const URING_COMPLETE_CYCLES = 600; // task work that finishes the receive and posts the CQE
export const CQ_RING_READ_CYCLES = 60;
export const XSK_TX_POST_CYCLES = 60;
export const XSK_KICK_CYCLES = 900; // sendto() to a need_wakeup socket, entry and wake-up of the driver
export const XSK_DRIVER_TX_CYCLES = 600;
export const XSK_DRIVER_TX_PER_FRAME_CYCLES = 150; // each further frame of a batch
export const XDP_REDIRECT_CYCLES = 300; // XDP program + bpf_redirect_map + RX ring write

// ---------- User-space data paths (cycles) ----------
// DPDK: calibrated fit to dpdk-rx-drop-per-core (through WARM_COST_FACTOR and the burst).
export const PMD_RX_BURST_CALL_CYCLES = 150; // once per rte_eth_rx_burst call
export const PMD_RX_PER_PACKET_CYCLES = 100;
export const MBUF_RECYCLE_CYCLES = 30; // freeing the mbuf after use: throughput only, off the latency path
export const PMD_TX_BURST_CYCLES = 120;
export const PMD_POLL_LOOP_CYCLES = 150; // one empty pass of the polling loop
// Raw-frame applications (DPDK, AF_XDP, ef_vi) build and parse their own headers. Teaching estimates.
export const APP_BUILD_FRAME_CYCLES = 120;
export const APP_PARSE_CYCLES = 45;
// Onload and ef_vi: calibrated fit to onload-udp-4b and onload-tcp-4b (sum); split is a teaching estimate.
export const ONLOAD_INTERCEPT_CYCLES = 120;
export const ONLOAD_UDP_TX_CYCLES = 150;
export const ONLOAD_TCP_TX_CYCLES = 250;
export const ONLOAD_UDP_RX_CYCLES = 150;
export const ONLOAD_TCP_RX_CYCLES = 250;
export const EVENTQ_POLL_LOOP_CYCLES = 120;
export const EFVI_TRANSMIT_CYCLES = 60;
export const EFVI_RX_EVENT_CYCLES = 90;
// Verbs: calibrated fit to rdma-send-32b-b2b (sum with the RDMA NIC figures below).
export const POST_WR_CYCLES = 120;
export const CQ_POLL_LOOP_CYCLES = 120;
export const CQE_PROCESS_CYCLES = 90;

// ---------- Memory ----------
// Calibrated assumption: one core copies ~10 GB/s (copy_to_user/memcpy on a server core,
// between the ~5 GB/s of a cold DRAM-to-DRAM copy and the ~30 GB/s of an L2-resident one).
export const MEMCPY_BYTES_PER_NS = 10;
export const COPY_SETUP_CYCLES = 60;
// A poller's read of a line the NIC just wrote (DDIO puts it in the last-level cache): an LLC
// hit after the invalidation. Teaching estimate, of the order of Intel's published LLC latency.
export const POLL_CACHE_MISS_NS = 30;
// Teaching assumption: crossing the inter-socket link adds about the remote-minus-local DRAM
// latency difference (~60 ns on two-socket Xeons) to each DMA and to the poller's miss, and a
// remote copy runs at ~70% of the local bandwidth.
export const NUMA_REMOTE_EXTRA_NS = 60;
export const NUMA_REMOTE_COPY_FACTOR = 0.7;

// ---------- PCIe ----------
// Calibrated fit (onload-udp-4b, rdma-send-32b-b2b, kernel cases): a posted write from the CPU
// to a NIC register or buffer, and from the NIC into host memory, takes ~150 ns to arrive; a
// DMA read is a round trip, ~400 ns. Neugebauer et al., "Understanding PCIe performance for end
// host networking", SIGCOMM 2018, measured small DMA reads at several hundred ns on Xeon E5.
export const PCIE_MMIO_WRITE_NS = 150;
export const PCIE_DMA_WRITE_NS = 150;
export const PCIE_DMA_READ_NS = 400;
// source: PCIe Gen3 x16: 8 GT/s × 16 lanes × 128/130 encoding = 15.75 GB/s per direction.
// Assumption: a faster port sits on a PCIe link with 25% headroom (Gen4/5/6 x16), so PCIe
// bandwidth is never the bottleneck for streaming; it still costs time for one frame.
export const PCIE_GEN3_X16_BYTES_PER_NS = 15.75;
export const PCIE_HEADROOM_FACTOR = 1.25;
// Teaching estimate: write-combining MMIO from one core moves ~8 bytes per ns.
export const MMIO_WC_BYTES_PER_NS = 8;

// ---------- NICs (ns) ----------
// Descriptor-ring NIC (kernel driver, AF_XDP, DPDK PMD). Calibrated fit (kernel cases).
export const NIC_TX_NS = 200;
export const NIC_RX_NS = 200;
// AMD Solarflare X2 (Onload, ef_vi). source: UG1586 "CTPIO": CTPIO streams the frame over PCIe
// to the port, "bypassing the main adapter transmit datapath". Values: calibrated fit to
// onload-udp-4b / onload-tcp-4b.
export const CTPIO_TX_NS = 50;
export const SFC_NIC_RX_NS = 100;
// source: UG1586 EF_CTPIO_MAX_FRAME_LEN: default 500 bytes unless cut-through mode; longer
// frames use the DMA path.
export const CTPIO_MAX_FRAME_BYTES = 500;
// RDMA NIC (ConnectX class): the transport runs in the NIC. Calibrated fit to rdma-send-32b-b2b.
export const RNIC_TX_NS = 190;
export const RNIC_RX_NS = 190;
// source: NVIDIA ConnectX-5 product brief: "up to 200 million messages per second".
export const RNIC_MAX_MPPS = 200;

// ---------- Throughput ----------
// Calibrated fit to dpdk-rx-drop-per-core and kernel-rx-per-core together: per-message CPU work
// in a saturated, batched receive loop (warm caches) relative to the same work in an idle
// ping-pong, where every message meets colder caches alone.
export const WARM_COST_FACTOR = 0.6;

// ---------- Tails (teaching assumptions; see README "Tails") ----------
// Log-normal spread (sigma of ln) of each kind of stage around its median.
export const SIGMA_CPU = 0.05;
export const SIGMA_KERNEL = 0.08;
export const SIGMA_HARDWARE = 0.03;
export const SIGMA_WAIT = 0.15;
// Rare interruptions of the receiving thread (timer ticks, other tasks, softirqs): the
// probability per message and the mean extra delay (exponential).
export const PREEMPT_SLEEPING = { probability: 0.004, meanNs: 12_000 } as const;
export const PREEMPT_KERNEL_SPIN = { probability: 0.003, meanNs: 4_000 } as const;
export const PREEMPT_USER_SPIN = { probability: 0.0015, meanNs: 1_000 } as const;
