/** A sentence with any command it quotes set as code, typed as it is in either language (lib/format/command-parts). */
import { commandParts } from '@/lib/format/command-parts';

export function WithCommands({ text }: { text: string }) {
  return (
    <>
      {commandParts(text).map((p, i) =>
        p.command ? (
          <code key={i} translate="no">
            {p.text}
          </code>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
