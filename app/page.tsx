export default function AccountPage() {
  return (
    <main className="mx-auto max-w-5xl p-6">
      <h1 className="text-2xl font-semibold">S2 metrics</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">The account view arrives with the views issue.</p>
    </main>
  );
}
