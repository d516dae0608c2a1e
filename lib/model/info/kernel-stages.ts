/** Stages of the Linux socket path (and of io_uring, which shares it), as the stack diagram shows them. */
import type { StageEntry } from '../types';

export const KERNEL_STAGES = {
  'syscall-entry': {
    id: 'syscall-entry',
    label: 'System call entry',
    description:
      'send() traps into the kernel: the CPU switches to kernel mode and saves the caller\'s registers; with page-table isolation it also switches page tables (a CR3 write).',
    layer: 'syscall',
    kind: 'kernel',
  },
  'uring-submit': {
    id: 'uring-submit',
    label: 'io_uring_enter submits',
    description:
      'The application has written a send request (SQE) into the shared submission ring; one io_uring_enter call hands it to the kernel, and under load one call carries a whole batch.',
    layer: 'syscall',
    kind: 'kernel',
  },
  'tcp-sendmsg': {
    id: 'tcp-sendmsg',
    label: 'tcp_sendmsg',
    description: 'The socket layer locks the socket, checks send-buffer space and allocates an sk_buff for the data.',
    layer: 'socket',
    kind: 'kernel',
  },
  'udp-sendmsg': {
    id: 'udp-sendmsg',
    label: 'udp_sendmsg',
    description: 'The socket layer finds the destination (cached on a connected socket) and allocates an sk_buff for the datagram.',
    layer: 'socket',
    kind: 'kernel',
  },
  'copy-from-user': {
    id: 'copy-from-user',
    label: 'Copy into the socket buffer',
    description: 'The kernel copies the application\'s bytes into the sk_buff, at memory bandwidth; the application\'s buffer is free again when send() returns.',
    layer: 'socket',
    kind: 'kernel',
  },
  'tcp-tx': {
    id: 'tcp-tx',
    label: 'TCP transmit',
    description:
      'TCP gives the segment its sequence number, builds the header with the timestamp option, keeps the segment for retransmission and checks the congestion and receive windows.',
    layer: 'protocol',
    kind: 'kernel',
  },
  'udp-tx': {
    id: 'udp-tx',
    label: 'UDP transmit',
    description: 'UDP adds its 8-byte header; the NIC will compute the checksum.',
    layer: 'protocol',
    kind: 'kernel',
  },
  'ip-tx': {
    id: 'ip-tx',
    label: 'IP output',
    description: 'IP adds its header, uses the cached route and neighbour (ARP) entry, and splits a datagram larger than the MTU into fragments.',
    layer: 'protocol',
    kind: 'kernel',
  },
  'qdisc-driver-tx': {
    id: 'qdisc-driver-tx',
    label: 'Queueing discipline and driver',
    description:
      'dev_queue_xmit passes the packet through the queueing discipline to the driver, which maps the buffer for DMA and writes a transmit descriptor into the ring.',
    layer: 'driver',
    kind: 'kernel',
  },
  'irq-coalesce': {
    id: 'irq-coalesce',
    label: 'Interrupt moderation',
    description:
      'The NIC holds back its interrupt until the moderation timer (ethtool -C rx-usecs) runs out, so that one interrupt covers several frames; a lone frame pays the wait.',
    layer: 'irq',
    kind: 'wait',
  },
  'cstate-exit': {
    id: 'cstate-exit',
    label: 'Idle core wakes up',
    description:
      'The core that takes the interrupt was idle in a power-saving C-state; it needs that state\'s exit latency before it runs any code.',
    layer: 'irq',
    kind: 'wait',
  },
  hardirq: {
    id: 'hardirq',
    label: 'Hard interrupt',
    description:
      'The MSI-X interrupt enters the kernel; the driver\'s handler masks the queue\'s interrupt and schedules NAPI, which runs as a softirq on the way out.',
    layer: 'irq',
    kind: 'kernel',
  },
  'napi-poll': {
    id: 'napi-poll',
    label: 'NAPI poll: driver receive',
    description: 'The driver\'s poll function reads the completed descriptor, wraps the buffer in an sk_buff and refills the ring with a fresh buffer.',
    layer: 'driver',
    kind: 'kernel',
  },
  gro: {
    id: 'gro',
    label: 'GRO',
    description: 'Generic receive offload merges the packet with others of the same flow, so the protocol layers run once for a batch of segments.',
    layer: 'protocol',
    kind: 'kernel',
  },
  'ip-rx': {
    id: 'ip-rx',
    label: 'IP receive',
    description: 'IP checks the header, reassembles fragments if there are any, and hands the packet to TCP or UDP.',
    layer: 'protocol',
    kind: 'kernel',
  },
  'tcp-rx': {
    id: 'tcp-rx',
    label: 'TCP receive',
    description: 'TCP finds the socket, checks the sequence numbers, advances the window and schedules the acknowledgement.',
    layer: 'protocol',
    kind: 'kernel',
  },
  'udp-rx': {
    id: 'udp-rx',
    label: 'UDP receive',
    description: 'UDP finds the socket bound to the destination port and checks the header.',
    layer: 'protocol',
    kind: 'kernel',
  },
  'socket-enqueue': {
    id: 'socket-enqueue',
    label: 'Queue on the socket',
    description: 'The sk_buff joins the socket\'s receive queue and the socket signals whoever waits on it (sk_data_ready).',
    layer: 'socket',
    kind: 'kernel',
  },
  'busy-poll': {
    id: 'busy-poll',
    label: 'Busy-poll loop finds it',
    description:
      'The receiving thread spins in the kernel (SO_BUSY_POLL, or io_uring\'s registered NAPI busy polling), calling the driver\'s NAPI poll itself instead of sleeping; it finds the packet on its next pass.',
    layer: 'socket',
    kind: 'wait',
  },
  wakeup: {
    id: 'wakeup',
    label: 'Scheduler wake-up',
    description: 'The sleeping reader is marked runnable and the scheduler is told to run it: the thread blocked in recv() must wait for its turn on a CPU.',
    layer: 'socket',
    kind: 'wait',
  },
  'context-switch': {
    id: 'context-switch',
    label: 'Context switch',
    description: 'The scheduler switches the CPU from the idle task to the woken thread: registers, kernel stack and address space, with cold caches and TLB to follow.',
    layer: 'syscall',
    kind: 'kernel',
  },
  'tcp-recvmsg': {
    id: 'tcp-recvmsg',
    label: 'tcp_recvmsg',
    description: 'The woken recv() takes the data off the receive queue, frees the sk_buff and updates the receive window.',
    layer: 'socket',
    kind: 'kernel',
  },
  'udp-recvmsg': {
    id: 'udp-recvmsg',
    label: 'udp_recvmsg',
    description: 'The woken recv() takes the datagram off the receive queue and frees the sk_buff.',
    layer: 'socket',
    kind: 'kernel',
  },
  'copy-to-user': {
    id: 'copy-to-user',
    label: 'Copy to the application',
    description: 'The kernel copies the payload from the sk_buff into the application\'s buffer, at memory bandwidth.',
    layer: 'socket',
    kind: 'kernel',
  },
  'uring-complete': {
    id: 'uring-complete',
    label: 'io_uring posts the completion',
    description: 'The kernel finishes the receive request in the woken task\'s context and writes a completion entry (CQE) into the shared completion ring.',
    layer: 'syscall',
    kind: 'kernel',
  },
  'syscall-exit': {
    id: 'syscall-exit',
    label: 'System call return',
    description: 'The blocked call returns to user mode with the data; with page-table isolation the page tables are switched back.',
    layer: 'syscall',
    kind: 'kernel',
  },
  'cq-ring-read': {
    id: 'cq-ring-read',
    label: 'App reads the CQE',
    description: 'The application reads the completion from the shared ring in its own memory, with no system call.',
    layer: 'library',
    kind: 'cpu',
  },
} as const satisfies Record<string, StageEntry>;
