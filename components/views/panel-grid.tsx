import type { ReactNode } from "react";

/** Two columns of panels on wide screens, one on phones. */
export function PanelGrid({ children }: { readonly children: ReactNode }) {
  return <div className="grid grid-cols-1 gap-3 sm:gap-4 lg:grid-cols-2">{children}</div>;
}
