import { describe, expect, test } from 'vitest';
import { FileDownload } from './file-download.svelte.ts';

function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((res, rej) => {
		resolve = res;
		reject = rej;
	});
	return { promise, resolve, reject };
}

describe('FileDownload', () => {
	test('is busy while the file is made, then done with its name', async () => {
		const made = deferred<string>();
		const download = new FileDownload(() => made.promise);
		expect(download.state).toBe('idle');
		const started = download.start();
		expect(download.state).toBe('busy');
		expect(download.busy).toBe(true);
		made.resolve('plan.docx');
		await started;
		expect(download.state).toBe('done');
		expect(download.fileName).toBe('plan.docx');
	});

	test('a second click while busy does not make a second file', async () => {
		let calls = 0;
		const made = deferred<string>();
		const download = new FileDownload(() => {
			calls++;
			return made.promise;
		});
		const first = download.start();
		await download.start();
		made.resolve('a.pdf');
		await first;
		expect(calls).toBe(1);
	});

	test('a failure becomes the error state with its message, and a retry can succeed', async () => {
		let fail = true;
		const download = new FileDownload(async () => {
			if (fail) throw new Error('Het lettertype kon niet worden geladen.');
			return 'b.pdf';
		});
		await download.start();
		expect(download.state).toBe('error');
		expect(download.errorMessage).toBe('Het lettertype kon niet worden geladen.');
		fail = false;
		await download.start();
		expect(download.state).toBe('done');
		expect(download.errorMessage).toBe('');
		expect(download.fileName).toBe('b.pdf');
	});

	test('a rejection without an Error leaves no message, so the view shows its own', async () => {
		const download = new FileDownload(() => Promise.reject('nope'));
		await download.start();
		expect(download.state).toBe('error');
		expect(download.errorMessage).toBe('');
	});
});
