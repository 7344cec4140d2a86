/** One line at the top of a personal page: the data on it is synthetic. */
export function DemoDataNote({ text }: { text: string }) {
  return (
    <p role="note" className="mt-4 max-w-3xl border-l-8 border-danger bg-[#fdf3f2] px-4 py-3 font-semibold">
      {text}
    </p>
  );
}
