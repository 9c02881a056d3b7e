import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef } from 'react';

export interface RijkeTekstEditorProps {
  /** The id of the label that names the text area. */
  labelId: string;
  describedBy?: string;
  invalid: boolean;
  /** HTML as the API stores it; read once (remount with a new key to load another text). */
  beginwaarde: string;
  onChange: (html: string) => void;
}

/**
 * Opgemaakte tekst with only what the API's sanitizer keeps and the handleiding names (2.4): bold, italic,
 * underline, strike, lists and links. Pasting always gives plain text, so Word's markup never comes in (the
 * handleiding's "paste as plain text", done for the beheerder). The server's sanitizer stays the authority.
 */
export default function RijkeTekstEditor({ labelId, describedBy, invalid, beginwaarde, onChange }: RijkeTekstEditorProps) {
  const editorRef = useRef<Editor | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const editorProps = {
    attributes: {
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-labelledby': labelId,
      ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      ...(invalid ? { 'aria-invalid': 'true' } : {}),
      class: 'rijke-tekst__inhoud',
    },
    handlePaste: (_view: unknown, event: ClipboardEvent) => {
      const text = event.clipboardData?.getData('text/plain');
      if (text === undefined || !editorRef.current) return false;
      editorRef.current.chain().focus().insertContent(platteInhoud(text)).run();
      return true;
    },
  };
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        blockquote: false, code: false, codeBlock: false, heading: false, horizontalRule: false,
        link: { openOnClick: false, autolink: true, protocols: ['mailto', 'tel'], HTMLAttributes: { target: null, rel: 'noopener noreferrer' } },
      }),
    ],
    content: beginwaarde,
    editorProps,
    onUpdate: ({ editor: e }) => onChangeRef.current(e.isEmpty ? '' : e.getHTML()),
  });
  // The error state and its message change after a save: the text area must say so too.
  useEffect(() => {
    editor?.setOptions({ editorProps });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, invalid, describedBy]);
  editorRef.current = editor;
  const actief = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      underline: e?.isActive('underline') ?? false,
      strike: e?.isActive('strike') ?? false,
      bulletList: e?.isActive('bulletList') ?? false,
      orderedList: e?.isActive('orderedList') ?? false,
      link: e?.isActive('link') ?? false,
    }),
  });
  if (!editor || !actief) return null;

  const knop = (naam: string, teken: string, aan: boolean, actie: () => void) => (
    <button type="button" className="rijke-tekst__knop" title={naam} aria-pressed={aan} onClick={actie}>
      <span aria-hidden="true">{teken}</span>
      <span className="visually-hidden">{naam}</span>
    </button>
  );
  const link = () => {
    if (actief.link) return editor.chain().focus().unsetLink().run();
    const adres = window.prompt('Webadres van de link (https://...)')?.trim();
    if (adres) editor.chain().focus().extendMarkRange('link').setLink({ href: adres }).run();
  };
  return (
    <div className={`rijke-tekst${invalid ? ' rijke-tekst--fout' : ''}`}>
      <div role="toolbar" aria-label="Opmaak" className="rijke-tekst__balk">
        {knop('Vet', 'B', actief.bold, () => editor.chain().focus().toggleBold().run())}
        {knop('Cursief', 'I', actief.italic, () => editor.chain().focus().toggleItalic().run())}
        {knop('Onderstrepen', 'U', actief.underline, () => editor.chain().focus().toggleUnderline().run())}
        {knop('Doorhalen', 'S', actief.strike, () => editor.chain().focus().toggleStrike().run())}
        {knop('Opsomming', '•', actief.bulletList, () => editor.chain().focus().toggleBulletList().run())}
        {knop('Genummerde lijst', '1.', actief.orderedList, () => editor.chain().focus().toggleOrderedList().run())}
        {knop('Link', 'link', actief.link, link)}
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}

/** Pasted text as the editor's content: one line stays inline, more lines become paragraphs. */
function platteInhoud(text: string) {
  const regels = text.replace(/\r\n?/g, '\n').split('\n');
  if (regels.length === 1) return text ? [{ type: 'text', text }] : [];
  return regels.map((regel) => ({ type: 'paragraph', content: regel ? [{ type: 'text', text: regel }] : [] }));
}
