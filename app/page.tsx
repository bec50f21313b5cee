import { SignOutButton } from "@/components/auth/sign-out-button";
import { SignedInPanel } from "@/components/auth/signed-in-panel";
import { requireSignedIn } from "@/lib/auth/require-session";

export default async function AccountPage() {
  await requireSignedIn("/");
  return (
    <main className="mx-auto max-w-5xl p-6">
      <header className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">S2 metrics</h1>
        <SignOutButton />
      </header>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        Signed in. The account view arrives with the views issue.
      </p>
      <SignedInPanel />
    </main>
  );
}
