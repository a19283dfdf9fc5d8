import { describe, expect, test, vi } from 'vitest';
import type { Scan } from '../domain/scan.ts';
import type { ReadShareLinkResult } from '../files/share-link.ts';
import { ShareReceiver, type ShareReceiverDeps } from './share-receiver.svelte.ts';

const scan = { id: 'x', profile: { organisation: 'Gemeente Deel' } } as unknown as Scan;
const OK: ReadShareLinkResult = { ok: true, scan, warnings: [{ key: 'backupFile.warnings.keptAside', params: [1] }], sharedAt: null };

function deps(read: ReadShareLinkResult | Error = OK, add?: ShareReceiverDeps['add']): ShareReceiverDeps & { add: ReturnType<typeof vi.fn> } {
	return {
		read: vi.fn(async () => {
			if (read instanceof Error) throw read;
			return read;
		}),
		add: vi.fn(add ?? (async () => ({ id: 'new-id', name: 'Gemeente Deel' })))
	};
}

describe('ShareReceiver', () => {
	test('without link data it is empty and reads nothing', async () => {
		const d = deps();
		const receiver = new ShareReceiver(null, d);
		await receiver.ready;
		expect(receiver.status).toBe('empty');
		expect(d.read).not.toHaveBeenCalled();
	});

	test('reads the link and shows the preview; nothing is stored yet', async () => {
		const d = deps();
		const receiver = new ShareReceiver('#/ontvang/1.abc', d);
		expect(receiver.status).toBe('reading');
		await receiver.ready;
		expect(d.read).toHaveBeenCalledWith('#/ontvang/1.abc');
		expect(receiver.status).toBe('preview');
		expect(receiver.preview).toEqual({ scan, warnings: OK.ok ? OK.warnings : [], sharedAt: null });
		expect(d.add).not.toHaveBeenCalled();
	});

	test('"Toevoegen" stores the scan once and reports its id and name', async () => {
		const d = deps();
		const receiver = new ShareReceiver('#/ontvang/1.abc', d);
		await receiver.ready;
		await receiver.add();
		expect(d.add).toHaveBeenCalledTimes(1);
		expect(d.add).toHaveBeenCalledWith(scan);
		expect(receiver.status).toBe('added');
		expect(receiver.added).toEqual({ id: 'new-id', name: 'Gemeente Deel' });
		await receiver.add();
		receiver.decline();
		expect(d.add).toHaveBeenCalledTimes(1);
		expect(receiver.status).toBe('added');
	});

	test('"Niet toevoegen" stores nothing, and adding afterwards is not possible', async () => {
		const d = deps();
		const receiver = new ShareReceiver('#/ontvang/1.abc', d);
		await receiver.ready;
		receiver.decline();
		expect(receiver.status).toBe('declined');
		await receiver.add();
		expect(d.add).not.toHaveBeenCalled();
	});

	test('a refused link shows the message and cannot be added', async () => {
		const d = deps({ ok: false, message: { key: 'shareLink.errors.damaged' } });
		const receiver = new ShareReceiver('#/ontvang/1.kapot', d);
		await receiver.ready;
		expect(receiver.status).toBe('refused');
		expect(receiver.message).toEqual({ key: 'shareLink.errors.damaged' });
		await receiver.add();
		expect(d.add).not.toHaveBeenCalled();
	});

	test('a reader that throws is a refusal too, not a crash', async () => {
		const receiver = new ShareReceiver('#/ontvang/1.x', deps(new Error('boom')));
		await receiver.ready;
		expect(receiver.status).toBe('refused');
		expect(receiver.message).not.toBe('');
	});

	test('a failed store can be retried', async () => {
		let fail = true;
		const d = deps(OK, async () => {
			if (fail) throw new Error('De opslag is vol.');
			return { id: 'new-id', name: 'Gemeente Deel' };
		});
		const receiver = new ShareReceiver('#/ontvang/1.abc', d);
		await receiver.ready;
		await receiver.add();
		expect(receiver.status).toBe('failed');
		expect(receiver.message).toBe('De opslag is vol.');
		fail = false;
		await receiver.add();
		expect(receiver.status).toBe('added');
	});
});
