'use client';

export interface DownloadCsvButtonProps {
  label: string;
  filename: string;
  /** Built on click, so the numbers are the ones on screen at that moment. */
  csv: () => string;
}

export function DownloadCsvButton({ label, filename, csv }: DownloadCsvButtonProps) {
  const download = () => {
    const url = URL.createObjectURL(new Blob([csv()], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.click();
    // The click has started the download; the object URL is no longer needed.
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <button type="button" className="button" onClick={download}>
      {label}
    </button>
  );
}
