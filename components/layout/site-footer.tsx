export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Bypass teaches kernel-bypass networking from primary sources: the DPDK, rdma-core, Onload and Linux documentation
        cited in each lesson. Figures state their conditions; computed ones come from the course&apos;s latency model.
      </p>
    </footer>
  );
}
