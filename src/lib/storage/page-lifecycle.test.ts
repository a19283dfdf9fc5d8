// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { watchPageLeave } from './page-lifecycle.ts';

function targets() {
	return {
		window: new EventTarget(),
		document: Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState })
	};
}

describe('watchPageLeave', () => {
	it('calls back on pagehide and when the page is hidden, not when it becomes visible', () => {
		const t = targets();
		const onLeave = vi.fn();
		watchPageLeave(t, onLeave);

		t.document.dispatchEvent(new Event('visibilitychange'));
		expect(onLeave).not.toHaveBeenCalled();
		t.document.visibilityState = 'hidden';
		t.document.dispatchEvent(new Event('visibilitychange'));
		expect(onLeave).toHaveBeenCalledTimes(1);
		t.window.dispatchEvent(new Event('pagehide'));
		expect(onLeave).toHaveBeenCalledTimes(2);
	});

	it('stops listening', () => {
		const t = targets();
		const onLeave = vi.fn();
		const stop = watchPageLeave(t, onLeave);
		stop();
		t.document.visibilityState = 'hidden';
		t.document.dispatchEvent(new Event('visibilitychange'));
		t.window.dispatchEvent(new Event('pagehide'));
		expect(onLeave).not.toHaveBeenCalled();
	});
});
