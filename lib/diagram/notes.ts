/**
 * What each technique really does at the points a learner should notice
 * (ACCURACY.md A13, A15, A22-A25, B5, B11, B16, B21). A note is pinned to a row
 * of one host; a note with `stages` is shown only when the path has one of them
 * (so a spinning path and a sleeping one each get the right story) and is
 * highlighted while the message is there.
 */
import type { StageId } from '@/lib/model';
import type { HostSide, Row } from './rows';
import type { DiagramStep } from './steps';
import type { PathVariantId } from './variants';

export interface NoteSpec {
  side: HostSide;
  row: Row;
  text: string;
  stages?: readonly StageId[];
}

export interface DiagramNote extends NoteSpec {
  /** 1-based, in path order: the badge the diagram draws. */
  number: number;
}

const SLEEPING_RDMA = (side: HostSide): NoteSpec => ({
  side,
  row: 'irq',
  stages: ['hardirq'],
  text: 'Without spinning, the thread sleeps on a completion channel (ibv_req_notify_cq, then ibv_get_cq_event): an interrupt and a wake-up come back.',
});

const TARGET_IDLE: NoteSpec = {
  side: 'receiver',
  row: 'app',
  text: 'The target\'s CPU does nothing: no completion, no interrupt, no event. Its memory was registered for remote access beforehand, and only with that region\'s rkey can it be reached.',
};

export const NOTES: Readonly<Record<PathVariantId, readonly NoteSpec[]>> = {
  kernel: [
    { side: 'sender', row: 'socket', stages: ['copy-from-user'], text: 'send() traps into the kernel, which copies the bytes into a socket buffer (an sk_buff).' },
    { side: 'receiver', row: 'irq', stages: ['hardirq'], text: 'The NIC raises an interrupt; NAPI then polls the receive ring in softirq context.' },
    { side: 'receiver', row: 'socket', stages: ['wakeup'], text: 'The thread asleep in recv() is woken and switched back in.' },
    { side: 'receiver', row: 'socket', stages: ['copy-to-user'], text: 'recv() copies the payload from the sk_buff into the application\'s buffer.' },
  ],
  'kernel-busy-poll': [
    { side: 'receiver', row: 'socket', stages: ['busy-poll'], text: 'recv() spins in the kernel (SO_BUSY_POLL), running the driver\'s NAPI poll itself: no interrupt, no wake-up, and a core busy the whole time.' },
    { side: 'receiver', row: 'socket', stages: ['copy-to-user'], text: 'What stays: the system call, the kernel\'s IP and UDP or TCP, and the copy.' },
  ],
  'io-uring': [
    { side: 'sender', row: 'boundary', stages: ['uring-submit'], text: 'The send is an SQE in a ring shared with the kernel; one io_uring_enter() submits it, and under load a whole batch.' },
    { side: 'receiver', row: 'socket', stages: ['udp-recvmsg', 'tcp-recvmsg'], text: 'Underneath, the kernel path is unchanged: the same protocol stack and the same copies.' },
    { side: 'receiver', row: 'library', stages: ['cq-ring-read'], text: 'The result is a CQE in the shared completion ring, read from memory without a system call.' },
  ],
  'af-xdp': [
    { side: 'sender', row: 'boundary', stages: ['xsk-kick'], text: 'With XDP_USE_NEED_WAKEUP the kernel is not watching the TX ring, so a sendto() starts the transfer.' },
    { side: 'receiver', row: 'socket', stages: ['busy-poll'], text: 'With SO_PREFER_BUSY_POLL the application\'s recvfrom() runs the driver\'s NAPI poll: no interrupt, but a system call per poll.' },
    { side: 'receiver', row: 'driver', stages: ['xdp-redirect'], text: 'The XDP program redirects the frame through an XSKMAP onto the AF_XDP socket\'s RX ring. The frame stays in the UMEM, the memory the NIC wrote it to and the application reads (zero-copy mode); the kernel driver still owns the device.' },
    { side: 'receiver', row: 'protocol', text: 'The kernel\'s IP and UDP code never run: the application reads the headers itself.' },
  ],
  dpdk: [
    { side: 'sender', row: 'boundary', text: 'The kernel keeps only the control path: VFIO hands the device to the process, and hugepages back its memory.' },
    { side: 'sender', row: 'library', stages: ['pmd-tx-burst'], text: 'The poll-mode driver, a library in the process, writes the TX descriptor and rings the NIC\'s doorbell through mapped device registers: no system call.' },
    { side: 'receiver', row: 'pcie', stages: ['dma-rx-write'], text: 'The NIC writes the frame by DMA straight into an mbuf from the RX queue\'s mempool: no copy.' },
    { side: 'receiver', row: 'library', stages: ['pmd-poll'], text: 'A core spins on rte_eth_rx_burst, polling the RX ring\'s descriptors: no interrupt, and the core stays busy even when no packet comes.' },
    { side: 'receiver', row: 'irq', stages: ['hardirq'], text: 'Without spinning, the core sleeps in rte_epoll_wait after rte_eth_dev_rx_intr_enable: an interrupt, a wake-up and a system call come back.' },
  ],
  onload: [
    { side: 'sender', row: 'library', stages: ['onload-intercept'], text: 'LD_PRELOAD=libonload.so: the unchanged application\'s send() is caught in user space, and an accelerated socket needs no system call.' },
    { side: 'sender', row: 'library', stages: ['copy-to-pkt-buf'], text: 'Plain send() still copies, into an Onload packet buffer the NIC can reach; avoiding it takes the Onload extensions API.' },
    { side: 'sender', row: 'library', stages: ['onload-udp-tx', 'onload-tcp-tx'], text: 'TCP/IP runs in software in the application\'s process: kernel bypass, not TCP offload.' },
    { side: 'sender', row: 'driver', text: 'The kernel side (onload.ko, sfc_resource, the onload_cp_server daemon) is the control path: setup, routes, blocking calls and fallback.' },
    { side: 'receiver', row: 'library', stages: ['eventq-poll'], text: 'Spinning is on here (EF_POLL_USEC, as in the latency profile): the thread polls the virtual interface\'s event queue. Without it Onload is interrupt-driven.' },
    { side: 'receiver', row: 'irq', stages: ['hardirq'], text: 'Interrupt-driven, Onload\'s default without spinning (EF_INT_DRIVEN): the blocked call sleeps in the kernel until the adapter interrupts.' },
    { side: 'receiver', row: 'library', stages: ['copy-to-app'], text: 'recv() copies the payload out of the packet buffer into the application\'s buffer.' },
  ],
  'ef-vi': [
    { side: 'sender', row: 'app', stages: ['app-build-frame'], text: 'ef_vi carries raw Ethernet frames: the application writes the Ethernet, IP and UDP headers itself.' },
    { side: 'sender', row: 'pcie', stages: ['pio-push'], text: 'CTPIO: the CPU writes a small frame straight into the adapter, instead of the NIC fetching it by DMA.' },
    { side: 'receiver', row: 'library', stages: ['eventq-poll'], text: 'The application spins on ef_eventq_poll; the RX event names the packet buffer the NIC filled: zero-copy.' },
  ],
  'rdma-send': [
    { side: 'sender', row: 'library', stages: ['post-wr'], text: 'ibv_post_send queues the SEND and rings the doorbell from user space; it returns before anything is sent.' },
    { side: 'receiver', row: 'library', text: 'Before the message arrives, the receiver posted a receive buffer with ibv_post_recv.' },
    { side: 'receiver', row: 'pcie', stages: ['dma-rx-write'], text: 'The receiver\'s NIC places the message in the next pre-posted receive buffer, then writes a completion entry.' },
    { side: 'receiver', row: 'library', stages: ['cq-poll', 'cqe-process'], text: 'Two-sided: the receiver\'s CPU polls its completion queue to find the message, then posts a new receive.' },
    SLEEPING_RDMA('receiver'),
  ],
  'rdma-write': [
    { side: 'sender', row: 'library', stages: ['post-wr'], text: 'ibv_post_send queues an RDMA WRITE naming a remote address and rkey; the initiator reaps its own completion later, off this path.' },
    { side: 'receiver', row: 'pcie', stages: ['dma-rx-write'], text: 'The target\'s NIC writes the data into registered memory. The path ends here.' },
    { ...TARGET_IDLE, text: `${TARGET_IDLE.text} It learns of the data only if told: WRITE_WITH_IMM, a SEND after the WRITE, or a flag it polls.` },
  ],
  'rdma-read': [
    { side: 'sender', row: 'library', stages: ['post-wr'], text: 'ibv_post_send posts an RDMA READ request for a remote address and rkey.' },
    { side: 'receiver', row: 'pcie', stages: ['responder-dma-read'], text: 'The target\'s NIC reads registered memory by DMA and sends it back.' },
    TARGET_IDLE,
    { side: 'sender', row: 'library', stages: ['cq-poll', 'cqe-process'], text: 'A READ is a round trip of its own: it completes only when the response is back and the requester polls its completion queue.' },
    SLEEPING_RDMA('sender'),
  ],
  'rdma-atomic': [
    { side: 'sender', row: 'library', stages: ['post-wr'], text: 'ibv_post_send posts a compare-and-swap or fetch-and-add on one 8-byte-aligned remote 64-bit word.' },
    { side: 'receiver', row: 'pcie', stages: ['responder-atomic'], text: 'The target\'s NIC reads, modifies and writes the word: atomic only against other atomics through that NIC, not against the CPU\'s stores.' },
    TARGET_IDLE,
    { side: 'sender', row: 'pcie', stages: ['dma-rx-write'], text: 'The original value comes back into the requester\'s local 8-byte buffer.' },
    SLEEPING_RDMA('sender'),
  ],
};

/**
 * The variant's notes that apply to these steps, numbered in order. NOTES lists
 * each variant's notes in path order, so the numbers follow the message.
 */
export function notesFor(variant: PathVariantId, steps: readonly DiagramStep[]): DiagramNote[] {
  const applies = (spec: NoteSpec): boolean => !spec.stages || steps.some((s) => s.side === spec.side && spec.stages?.includes(s.id) === true);
  return NOTES[variant].filter(applies).map((spec, i) => ({ ...spec, number: i + 1 }));
}

/** Whether the note is about the step the message is at. */
export function noteIsCurrent(note: DiagramNote, step: DiagramStep | undefined): boolean {
  return step !== undefined && note.stages !== undefined && note.stages.includes(step.id) && step.side === note.side;
}
