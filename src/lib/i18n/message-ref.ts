/**
 * A message that is not words yet: errors and notices from storage, the wizard, backups and links carry a
 * key of the catalogue and its parameters, and only a view turns them into words in the current language.
 */
import type { Messages } from './messages.ts';

type Leaf = string | ((...args: never[]) => string);

type KeysOf<T, Prefix extends string = ''> = {
	[K in keyof T & string]: T[K] extends Leaf ? `${Prefix}${K}` : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every dotted key of the catalogue that ends in a text, e.g. 'problems.notFound'. */
export type MessageKey = KeysOf<Messages>;

/**
 * An argument of a text. A MessageRef as an argument is put into words first, so a message can hold a part
 * that is itself translated (the backup reader's "<scan>, <field> is too long").
 */
export type MessageParam = string | number | boolean | MessageRef;

export interface MessageRef {
	key: MessageKey;
	/** Arguments of a text that is a function, in order. */
	params?: readonly MessageParam[];
}

export function isMessageRef(value: unknown): value is MessageRef {
	return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';
}

/**
 * What an error has to say: its catalogue key (`error.ref`, as storage errors carry), else its own words
 * (`error.message`), else null.
 */
export function messageOfError(error: unknown): MessageRef | string | null {
	if (typeof error !== 'object' || error === null) return null;
	const { ref, message } = error as { ref?: unknown; message?: unknown };
	if (isMessageRef(ref)) return ref;
	return typeof message === 'string' && message !== '' ? message : null;
}

/** The words of `ref` in `messages`; the key itself when it does not exist (never throws in a view). */
export function translate(messages: Messages, ref: MessageRef): string {
	let node: unknown = messages;
	for (const part of ref.key.split('.')) {
		if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return ref.key;
		node = (node as Record<string, unknown>)[part];
	}
	if (typeof node === 'function') {
		const params = (ref.params ?? []).map((param) => (isMessageRef(param) ? translate(messages, param) : param));
		return String((node as (...args: unknown[]) => unknown)(...params));
	}
	return typeof node === 'string' ? node : ref.key;
}
