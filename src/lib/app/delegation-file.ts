/**
 * Delegation files and links as the user handles them: reading a chosen file (hand-out or return) as text,
 * with a size limit checked before reading so a huge file is refused without filling the memory, and
 * offering an envelope as a file or a copied link, with the notice to show. None of these throws.
 */
import { DELEGATION_LIMITS } from '../delegation/delegation-limits.ts';
import type { MessageRef } from '../i18n/message-ref.ts';
import type { DelegationDeps } from './delegation-deps.ts';

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

/** "Bestand downloaden": offers the envelope's JSON as a file; the notice that names it. */
export async function offerEnvelopeFile(deps: Pick<DelegationDeps, 'saveFile'>, text: string, fileName: string): Promise<MessageRef> {
	await deps.saveFile(new Blob([text], { type: 'application/json' }), fileName);
	return { key: 'delegation.handOut.downloaded', params: [fileName] };
}

/** "Kopieer link": the notice says whether the browser allowed it. */
export async function copyEnvelopeLink(deps: Pick<DelegationDeps, 'copy'>, link: string): Promise<MessageRef> {
	try {
		await deps.copy(link);
		return { key: 'delegation.handOut.copied' };
	} catch {
		return { key: 'delegation.handOut.copyFailed' };
	}
}
