import dynamic from "next/dynamic";

/**
 * The embed dialog (its form, the embed spec's schemas and the snippet builder) loads when someone opens
 * it, not with every view: most readers never do, and it weighed on the views' first-load JavaScript.
 */
export const LazyShareEmbedDialog = dynamic(
  () => import("./share-embed-dialog").then((m) => m.ShareEmbedDialog),
  { ssr: false },
);
