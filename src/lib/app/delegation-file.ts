/**
 * Reading a delegation file the user chose (hand-out or return) as text, with a size limit checked
 * before reading, so a huge file is refused without filling the memory. Never throws.
 */
import { DELEGATION_LIMITS } from '../delegation/delegation-limits.ts';
import type { MessageRef } from '../i18n/message-ref.ts';

export type FileTextResult = { ok: true; text: string } | { ok: false; message: MessageRef };

export async function readDelegationFile(file: Pick<File, 'size' | 'text'>): Promise<FileTextResult> {
	if (file.size > DELEGATION_LIMITS.jsonBytes) {
		return { ok: false, message: { key: 'delegation.errors.fileTooLarge', params: [Math.round(DELEGATION_LIMITS.jsonBytes / 1024)] } };
	}
	try {
		return { ok: true, text: await file.text() };
	} catch {
		return { ok: false, message: { key: 'delegation.errors.fileUnreadable' } };
	}
}
