import Link from "next/link";
import { notFound } from "next/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { isBasinName } from "@/lib/api/contract";
import { requireSignedIn } from "@/lib/auth/require-session";
import { BasinStorage } from "./client";

interface BasinPageProps {
  params: Promise<{ basin: string }>;
}

export default async function BasinPage({ params }: BasinPageProps) {
  const { basin } = await params;
  if (!isBasinName(basin)) notFound();
  await requireSignedIn(`/basins/${basin}`);
  return (
    <main className="mx-auto max-w-5xl p-6">
      <header className="flex items-center justify-between">
        <Link href="/" className="text-sm underline">
          ← All basins
        </Link>
        <SignOutButton />
      </header>
      <h1 className="mt-4 font-mono text-2xl font-semibold">{basin}</h1>
      <BasinStorage basin={basin} />
    </main>
  );
}
