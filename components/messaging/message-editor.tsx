"use client";

import Image from "@tiptap/extension-image";
import { Color, FontSize, TextStyle } from "@tiptap/extension-text-style";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import {
  Bold,
  Heading2,
  Heading3,
  ImagePlus,
  Italic,
  Link as LinkIcon,
  List,
  ListOrdered,
  Underline,
  type LucideIcon,
} from "lucide-react";
import { useEffect, useId, useRef, useState, useTransition, type ReactNode } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { previewMessageAction, uploadMessageImageAction } from "@/lib/actions/messages";
import {
  MESSAGE_COLORS,
  MESSAGE_FONT_SIZES,
  type MessageColor,
  type MessageFontSize,
} from "@/lib/domain/message/message-format";
import type { Messages } from "@/lib/i18n/messages";
import { useActionFormState } from "../ui/action-form";
import { Button } from "../ui/button";
import { cn } from "../ui/cn";
import { FieldError, Label } from "../ui/field";
import { controlClassName, Input } from "../ui/input";
import { Select } from "../ui/select";

type Labels = Messages["admin"]["messages"]["editor"];

// Links the sanitiser keeps (lib/domain/message/sanitize-message.ts): the web and e-mail addresses.
const isAllowedLink = (url: string) => /^(https?:\/\/[^\s]+|mailto:[^\s@]+@[^\s@]+)$/i.test(url.trim());

// The message body as formatted text. Only the admin messaging page imports this module (it carries Tiptap
// and ProseMirror), so that no other page's JavaScript grows. Its HTML posts with the compose form as the
// hidden field `name`; the server sanitises it again, which keeps exactly what this editor can produce
// (lib/domain/message/message-format.ts). Images go to Cabas at once (uploadImage), and the message shows them
// from there.
export function MessageEditor({
  name,
  label,
  defaultValue,
  marketId,
  labels,
}: {
  name: string;
  label: string;
  defaultValue?: string;
  marketId: string;
  labels: Labels;
}) {
  const state = useActionFormState();
  const id = `${name}-${useId()}`;
  const errorId = `${id}-error`;
  const [html, setHtml] = useState(defaultValue ?? "");
  const editor = useEditor({
    // Server rendering draws an empty frame; the editor appears once the page's JavaScript runs.
    immediatelyRender: false,
    shouldRerenderOnTransaction: true,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        horizontalRule: false,
        link: {
          openOnClick: false,
          HTMLAttributes: { rel: "noopener noreferrer", target: "_blank" },
          isAllowedUri: isAllowedLink,
        },
      }),
      TextStyle,
      Color,
      FontSize,
      Image.configure({ allowBase64: false }),
    ],
    // The failed submit's body, shown again when the form comes back with an error, else the reused message.
    content: state.values?.[name] ?? defaultValue ?? "",
    editorProps: { attributes: editorAttributes(id, undefined) },
    onUpdate: ({ editor }) => setHtml(editor.getHTML()),
    onCreate: ({ editor }) => setHtml(editor.getHTML()),
  });

  // Once the message has gone, the editor starts again from where the page started, as a plain field would.
  useEffect(() => {
    if (state.ok && editor) editor.commands.setContent(defaultValue ?? "", { emitUpdate: true });
  }, [state, editor, defaultValue]);

  const error = state.fieldErrors?.[name];
  useEffect(() => {
    editor?.setOptions({ editorProps: { attributes: editorAttributes(id, error && errorId) } });
  }, [editor, id, error, errorId]);

  return (
    <div className="flex flex-col gap-1">
      {/* A <label> cannot point at an editable div: the editor names itself with aria-labelledby. */}
      <Label id={`${id}-label`} className="text-sm" onClick={() => editor?.commands.focus()}>
        {label}
      </Label>
      <input type="hidden" name={name} value={html} />
      <div
        className={cn(
          controlClassName,
          "p-0 focus-within:ring-2 focus-within:ring-leaf-600",
          error && "border-red-800",
        )}
      >
        {editor ? <Toolbar editor={editor} labels={labels} marketId={marketId} /> : null}
        <EditorContent editor={editor} />
      </div>
      {error && <FieldError id={errorId}>{error}</FieldError>}
      <Preview labels={labels} />
    </div>
  );
}

// The editable area's attributes: a multi-line text box named by the field's label, tied to its error. The
// classes draw headings, lists, links and images as the e-mail will (the page's CSS resets them).
function editorAttributes(id: string, errorId: string | undefined): Record<string, string> {
  return {
    id,
    role: "textbox",
    "aria-multiline": "true",
    "aria-labelledby": `${id}-label`,
    ...(errorId ? { "aria-invalid": "true", "aria-describedby": errorId } : {}),
    class:
      "min-h-48 px-3 py-2 focus:outline-none [&_a]:text-leaf-700 [&_a]:underline [&_h2]:my-2 [&_h2]:text-xl [&_h2]:font-bold [&_h3]:my-2 [&_h3]:text-lg [&_h3]:font-semibold [&_img]:my-2 [&_img]:max-w-full [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:my-1 [&_ul]:list-disc [&_ul]:pl-6",
  };
}

function ToolbarButton({
  icon: Icon,
  label,
  pressed,
  onClick,
  disabled,
}: {
  icon: LucideIcon;
  label: string;
  pressed?: boolean;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <Button
      type="button"
      variant="ghost"
      size="sm"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
      className={cn("px-2", pressed && "bg-leaf-100")}
    >
      <Icon aria-hidden />
    </Button>
  );
}

function Toolbar({ editor, labels, marketId }: { editor: Editor; labels: Labels; marketId: string }) {
  const [linkOpen, setLinkOpen] = useState(false);
  const [imageError, setImageError] = useState<string>();
  const [uploading, startUpload] = useTransition();
  const fileInput = useRef<HTMLInputElement>(null);
  const chain = () => editor.chain().focus();
  const color = (Object.entries(MESSAGE_COLORS).find(([, value]) =>
    editor.isActive("textStyle", { color: value }),
  )?.[0] ?? "") as MessageColor | "";
  const size = (Object.entries(MESSAGE_FONT_SIZES).find(([, value]) =>
    editor.isActive("textStyle", { fontSize: value }),
  )?.[0] ?? "") as MessageFontSize | "";

  function upload(file: File) {
    setImageError(undefined);
    startUpload(async () => {
      const formData = new FormData();
      formData.set("marketId", marketId);
      formData.set("image", file);
      const answer = await uploadMessageImageAction({}, formData);
      if (answer.src) chain().setImage({ src: answer.src, alt: labels.imageAlt }).run();
      else setImageError(answer.fieldErrors?.image ?? answer.error);
    });
  }

  const marks: [LucideIcon, string, string, () => void][] = [
    [Bold, labels.bold, "bold", () => chain().toggleBold().run()],
    [Italic, labels.italic, "italic", () => chain().toggleItalic().run()],
    [Underline, labels.underline, "underline", () => chain().toggleUnderline().run()],
  ];
  return (
    <div className="border-b border-stone-300 p-1">
      <div role="toolbar" aria-label={labels.toolbar} className="flex flex-wrap items-center gap-1">
        {marks.map(([icon, label, mark, run]) => (
          <ToolbarButton key={mark} icon={icon} label={label} pressed={editor.isActive(mark)} onClick={run} />
        ))}
        <ToolbarButton
          icon={Heading2}
          label={labels.heading2}
          pressed={editor.isActive("heading", { level: 2 })}
          onClick={() => chain().toggleHeading({ level: 2 }).run()}
        />
        <ToolbarButton
          icon={Heading3}
          label={labels.heading3}
          pressed={editor.isActive("heading", { level: 3 })}
          onClick={() => chain().toggleHeading({ level: 3 }).run()}
        />
        <ToolbarButton
          icon={List}
          label={labels.bulletList}
          pressed={editor.isActive("bulletList")}
          onClick={() => chain().toggleBulletList().run()}
        />
        <ToolbarButton
          icon={ListOrdered}
          label={labels.orderedList}
          pressed={editor.isActive("orderedList")}
          onClick={() => chain().toggleOrderedList().run()}
        />
        <ToolbarButton
          icon={LinkIcon}
          label={labels.link}
          pressed={editor.isActive("link") || linkOpen}
          onClick={() => setLinkOpen((open) => !open)}
        />
        <Select
          aria-label={labels.color}
          value={color}
          onChange={(e) => {
            const chosen = e.target.value as MessageColor | "";
            if (chosen) chain().setColor(MESSAGE_COLORS[chosen]).run();
            else chain().unsetColor().run();
          }}
          className="w-40 text-sm"
        >
          {[
            ["", labels.colors.default] as const,
            ...Object.keys(MESSAGE_COLORS).map((c) => [c, labels.colors[c as MessageColor]] as const),
          ].map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </Select>
        <Select
          aria-label={labels.fontSize}
          value={size}
          onChange={(e) => {
            const chosen = e.target.value as MessageFontSize | "";
            if (chosen) chain().setFontSize(MESSAGE_FONT_SIZES[chosen]).run();
            else chain().unsetFontSize().run();
          }}
          className="w-40 text-sm"
        >
          {[
            ["", labels.sizes.default] as const,
            ...Object.keys(MESSAGE_FONT_SIZES).map((s) => [s, labels.sizes[s as MessageFontSize]] as const),
          ].map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </Select>
        <ToolbarButton
          icon={ImagePlus}
          label={uploading ? labels.imageUploading : labels.image}
          disabled={uploading}
          onClick={() => fileInput.current?.click()}
        />
        <Input
          ref={fileInput}
          type="file"
          accept="image/png,image/jpeg,image/webp,image/gif"
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) upload(file);
          }}
        />
      </div>
      {linkOpen && <LinkField editor={editor} labels={labels} close={() => setLinkOpen(false)} />}
      {uploading && (
        <p role="status" className="px-2 text-sm text-muted">
          {labels.imageUploading}
        </p>
      )}
      {imageError && <FieldError className="px-2">{imageError}</FieldError>}
    </div>
  );
}

// The address of the link on the selected text, typed in place (no browser prompt), then applied or removed.
function LinkField({ editor, labels, close }: { editor: Editor; labels: Labels; close: () => void }) {
  const id = useId();
  const [href, setHref] = useState<string>(editor.getAttributes("link").href ?? "");
  const [invalid, setInvalid] = useState(false);
  function apply() {
    if (!isAllowedLink(href)) return setInvalid(true);
    editor.chain().focus().extendMarkRange("link").setLink({ href: href.trim() }).run();
    close();
  }
  return (
    <div className="flex flex-wrap items-end gap-2 p-1">
      <div className="flex min-w-60 flex-1 flex-col gap-1">
        <Label htmlFor={id} className="text-sm">
          {labels.linkAddress}
        </Label>
        <Input
          id={id}
          type="url"
          value={href}
          autoFocus
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(e) => {
            setHref(e.target.value);
            setInvalid(false);
          }}
          onKeyDown={(e) => {
            // Enter applies the link rather than sending the whole message.
            if (e.key === "Enter") {
              e.preventDefault();
              apply();
            } else if (e.key === "Escape") close();
          }}
        />
        {invalid && <FieldError id={`${id}-error`}>{labels.linkInvalid}</FieldError>}
      </div>
      <Button type="button" size="sm" variant="outline" onClick={apply}>
        {labels.linkApply}
      </Button>
      {editor.isActive("link") && (
        <Button
          type="button"
          size="sm"
          variant="danger"
          onClick={() => {
            editor.chain().focus().extendMarkRange("link").unsetLink().run();
            close();
          }}
        >
          {labels.linkRemove}
        </Button>
      )}
    </div>
  );
}

// The e-mail as members will get it, rendered by the server from the form as it stands (the sanitiser and the
// e-mail template included), in a frame that runs nothing: what is shown is what will be sent.
function Preview({ labels }: { labels: Labels }) {
  const [answer, setAnswer] = useState<FormState & { preview?: string }>();
  const [pending, start] = useTransition();
  const button = useRef<HTMLButtonElement>(null);
  let shown: ReactNode = null;
  if (answer?.preview)
    shown = (
      <iframe
        title={labels.previewTitle}
        srcDoc={answer.preview}
        sandbox=""
        className="h-[32rem] w-full rounded-md border border-stone-300 bg-earth-50"
      />
    );
  else if (answer) shown = <FieldError>{Object.values(answer.fieldErrors ?? {})[0] ?? answer.error}</FieldError>;
  return (
    <div className="mt-2 flex flex-col gap-2">
      <Button
        ref={button}
        type="button"
        variant="outline"
        size="sm"
        className="self-start"
        disabled={pending}
        onClick={() => {
          const form = button.current?.form;
          if (!form) return;
          // The attachments are not part of the preview: no need to send them twice.
          const formData = new FormData(form);
          formData.delete("attachments");
          start(async () => setAnswer(await previewMessageAction({}, formData)));
        }}
      >
        {pending ? labels.previewPending : labels.preview}
      </Button>
      {shown}
    </div>
  );
}
