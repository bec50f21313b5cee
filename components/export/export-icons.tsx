/** The export menu's and table switch's icons, drawn like components/pickers/icons.tsx. */
function Icon({ children }: { readonly children: React.ReactNode }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

export function DownloadIcon() {
  return (
    <Icon>
      <path d="M8 2.5V10M5 7l3 3 3-3M3.5 11v1.5a1 1 0 0 0 1 1h7a1 1 0 0 0 1-1V11" />
    </Icon>
  );
}

export function CopyIcon() {
  return (
    <Icon>
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
      <path d="M10.5 5.5V4a1.5 1.5 0 0 0-1.5-1.5H4A1.5 1.5 0 0 0 2.5 4v5A1.5 1.5 0 0 0 4 10.5h1.5" />
    </Icon>
  );
}

export function TableIcon() {
  return (
    <Icon>
      <rect x="2.5" y="3" width="11" height="10" rx="1.5" />
      <path d="M2.5 6.5h11M2.5 9.75h11M6.5 6.5V13" />
    </Icon>
  );
}

export function ChartIcon() {
  return (
    <Icon>
      <path d="M2.5 13.5h11M4.5 11V8M8 11V4.5M11.5 11V7" />
    </Icon>
  );
}
