/**
 * English interface texts: plain English that follows the Dutch meaning (nl.ts), not a word-for-word copy.
 * Loaded on demand when the user chooses English, so the first screen carries only Dutch.
 * The type `Messages` makes a missing or an extra key a type error.
 */
import { formatFileSize, formatNumber } from './format.ts';
import type { CoreMessages } from './messages.ts';

export const en: CoreMessages = {
	appName: 'Kwartiermaker',
	skipLink: 'Skip to main content',
	headerTag: 'Self-assessment for lived-experience work',
	titleSuffix: 'self-assessment for lived-experience work',
	language: {
		switchLabel: 'Language',
		suggestion: 'This service is also available in English.',
		suggestionLink: 'Switch to English',
		suggestionDismiss: 'No, thanks'
	},
	footer: {
		about:
			'Kwartiermaker works without an account and without a server. Your answers stay in this browser. The questions are based on research by Movisie and others; each question names its source.',
		version: (version: string) => `Content: checklist version ${version}.`
	},
	banners: {
		storage: 'Storage',
		demo: 'Example',
		tabs: 'Other tabs'
	},
	problems: {
		notFound: 'This page does not exist. The link may be incomplete.',
		scanMissing: 'This scan is not (or no longer) on this device.',
		notInScan: 'This question or theme is not part of this scan.',
		saveFailed: 'Something went wrong while saving. Please try again.'
	},
	loading: 'Loading…',
	words: {
		or: 'or',
		answerTo: (question: string) => `answer to: ${question}`,
		with: (name: string) => `with ${name}`,
		of: (name: string) => `of ${name}`,
		action: (title: string) => `action: ${title}`
	},
	startFailed: {
		title: 'Kwartiermaker could not start',
		text: 'Reload the page. If that does not help, check that you are using a recent browser. Your saved scans are kept.'
	},
	back: 'Back',
	continue: 'Save and continue',
	skip: 'Skip this question',
	cancel: 'Cancel',
	change: 'Change',
	errorSummaryTitle: 'There is a problem',
	errorPrefix: 'Error:',
	dateInput: { day: 'Day', month: 'Month', year: 'Year' },
	whyWeAsk: 'Why do we ask this?',
	whatsNew: {
		title: (version: string) => `What is new in version ${version}`,
		intro: 'The questions have been updated since you started this scan. This has changed:'
	},
	glossary: {
		title: 'Terms',
		summary: (terms: string[]) => `Terms: ${terms.join(', ')}`
	},
	noteLabel: 'Explanation (optional)',
	noteHint: 'Write down why you chose this answer. Does your answer lead to an action? Then your explanation is shown with that action in the action plan.',
	answerRequired: 'Choose an answer. If you do not know, choose ‘I don’t know’ or skip the question.',
	saveStatus: {
		idle: '',
		saving: 'Saving…',
		saved: 'Saved on this device',
		savedMemory: 'Only kept in this window (not on this device)',
		error: 'Not saved'
	},
	home: {
		title: 'Kwartiermaker',
		lead: 'A self-assessment for municipalities and organisations that work with experts by experience, or want to.',
		myScans: 'My scans',
		noScans: 'You have no scans on this device yet.',
		startNew: 'Start a new scan',
		durations: (quick: number, full: number) =>
			`The quick scan takes about ${quick} minutes, the full scan about ${full} minutes.`,
		glossaryTitle: 'Terms',
		glossaryIntro: 'These words come up often in the scan.',
		evictedTitle: 'Your saved scans are no longer in this browser.',
		evictedText:
			'You did not delete them in Kwartiermaker. Most likely the browser cleared the website data. Do you have a backup? Restore it below.',
		restoreTitle: 'Restore a backup',
		restoreText:
			'Have you downloaded a backup? Restore it here. A scan that is already here stays: the restored scan is added next to it.',
		restoreLabel: 'Choose the backup file',
		restoreHint: 'A .json file whose name starts with ‘kwartiermaken-reservekopie’.',
		restoreButton: 'Restore backup',
		restoreMissing: 'First choose a backup file.',
		demoTitle: 'Look around first?',
		demoText: 'See an example scan of the made-up municipality of Voorbeeldstad. What you change there does not affect your own scans.',
		demoLink: 'View the example scan',
		themesTitle: 'What the scan looks at',
		dataTitle: 'About your data',
		dataText:
			'Everything you enter stays in this browser on this device. Nothing is sent to a server. If you clear your browser data, your scans are gone. So download your action plan now and then.',
		continueScan: 'Continue',
		viewResults: 'View results',
		delegatedPart: 'themes a colleague asked you to answer',
		beforeTitle: 'Before you start',
		beforeNeed: 'You do not need anything to start. If you do not know an answer, choose ‘I don’t know’.',
		beforeStop: 'You can stop at any time. Your answers stay saved on this device, and later you carry on where you were.',
		rename: 'Rename',
		renameLabel: 'New name of the organisation',
		renameSave: 'Save name',
		duplicate: 'Make a copy',
		delete: 'Delete',
		deleteConfirmTitle: 'Are you sure you want to delete this scan?',
		deleteConfirmText: 'The answers and the action plan will be removed from this device. You cannot undo this.',
		deleteConfirm: 'Yes, delete this scan',
		lastEdited: 'Last changed',
		progress: 'Progress',
		complete: 'Done',
		kind: 'Type',
		questionsOf: (answered: number, total: number) => `${answered} of ${total} questions`,
		organisationRequired: 'Enter the name of the organisation',
		restoredOne: (name: string) => `The scan ‘${name}’ has been restored.`,
		restoredMany: (n: number) => `${n} scans have been restored.`
	},
	scanType: { quick: 'Quick scan', full: 'Full scan' },
	scanTypeHint: {
		quick: (minutes: number) => `One main question per theme. This takes about ${minutes} minutes.`,
		full: (minutes: number) => `All questions. This takes about ${minutes} minutes.`
	},
	demoBanner: 'This is an example scan of a made-up municipality. Your own scans are not changed by it.',
	profile: {
		titleNew: 'About your organisation',
		titleEdit: 'Scan details',
		organisation: 'Name of the municipality or organisation',
		filledInBy: 'Your name (optional)',
		role: 'Your job or role (optional)',
		roleHint: 'For example: policy officer for social services',
		phase: 'How far is your organisation with lived-experience work?',
		phaseHint: 'We adjust some questions to this.',
		focusAreas: 'Which fields do you work in? (optional)',
		focusHint: 'Choose all that apply.',
		mode: 'Which scan do you want to do?',
		errors: {
			organisation: 'Enter the name of the municipality or organisation',
			organisationTooLong: (max: number) => `The name must be ${max} characters or fewer`,
			phase: 'Choose how far your organisation is',
			mode: 'Choose a quick or a full scan'
		}
	},
	tasks: {
		caption: 'Self-assessment for lived-experience work',
		progress: (answered: number, total: number) => `You have answered ${answered} of ${total} questions.`,
		themesHeading: 'Themes',
		status: { 'niet-begonnen': 'Not started', bezig: 'In progress', klaar: 'Done' },
		checkHeading: 'Check and finish',
		checkLink: 'Check your answers',
		resultsLink: 'See the results and action plan',
		profileLink: 'Change the scan details',
		phase: (phase: string) => `Phase: ${phase}.`,
		homeLink: 'Go to My scans',
		backupHeading: 'Backup',
		backupText:
			'Your answers are only in this browser. Download a backup now and then, so you lose nothing if the browser data is cleared.',
		backupButton: 'Download backup',
		backupDone: (fileName: string) => `The backup has been downloaded: ${fileName}`,
		openQuestions: (n: number) => (n === 1 ? '1 open question' : `${n} open questions`)
	},
	check: {
		themeTitle: (theme: string) => `Check your answers: ${theme}`,
		allTitle: 'Check your answers',
		notAnswered: 'Not answered yet',
		noteLabel: 'Your explanation',
		toTasks: 'Back to the overview',
		toNextTheme: 'Next theme',
		toCheckAll: 'Check all your answers',
		toResults: 'See the results',
		openWarning: (n: number) =>
			n === 1
				? 'There is still 1 open question. You can already see the results, but they are not complete yet.'
				: `There are still ${n} open questions. You can already see the results, but they are not complete yet.`,
		allDone: 'You have answered all questions.'
	},
	keptAside: {
		heading: 'Answers from an earlier version',
		intro:
			'You gave these answers to an earlier version of the questions. They do not fit a current question and do not count in the results. We keep them so you can use them when you answer the questions.',
		unknownQuestion: (id: string) => `A question that no longer exists (${id})`,
		answer: 'Answer',
		noAnswer: 'No answer chosen',
		answerCode: (value: string) => `answer code ‘${value}’`,
		noteLabel: 'Explanation',
		version: (version: string) => `From version ${version} of the questions`
	},
	notFound: {
		title: 'Page not found',
		nothingChanged: 'Nothing has changed in your saved scans.',
		home: 'Go to My scans'
	},
	storage: {
		bannerTitle: 'Please note',
		retry: 'Try again',
		errors: {
			quota: 'Your device has no space left. Your last answer was not saved. Download a backup.',
			unavailable:
				'This browser does not keep data (for example in a private window). Your answers are only kept while this window is open.',
			blocked: 'Kwartiermaker is also open in another tab. Close the other Kwartiermaker tabs, then you can go on here.',
			version:
				'Your data was saved by a newer version of Kwartiermaker, which this version cannot open. Nothing was deleted. Reload the page to use the newest version.',
			closed:
				'The connection to your browser’s storage was lost. Your last answer may not have been saved. Download a backup and reload the page.',
			unknown: 'Something went wrong while saving. Your last answer may not have been saved. Download a backup.',
			timeout:
				'This browser’s storage does not respond. Your answers are only kept while this window is open. You can still download a backup or the action plan.',
			notFound: 'This scan no longer exists. It may have been deleted in another tab.',
			idTaken: 'A scan with this code already exists. Nothing was overwritten.',
			readBack: 'Your last answer was not saved properly. Try again and download a backup.',
			scanNewer: 'This scan was saved by a newer version of Kwartiermaker. Update the app to open it.',
			scanDamaged: 'This scan is damaged and cannot be opened.'
		},
		notPlain: {
			notFinite: (path: string) => `Cannot save: ${path || '(value)'} is not a finite number.`,
			function: (path: string) => `Cannot save: ${path || '(value)'} is a function.`,
			type: (path: string, type: string) => `Cannot save: ${path || '(value)'} is of type ${type}.`,
			tooDeep: (path: string) => `Cannot save: ${path || '(value)'} is nested too deeply.`,
			cycle: (path: string) => `Cannot save: ${path || '(value)'} refers to itself.`,
			notPlainObject: (path: string, name: string) => `Cannot save: ${path || '(value)'} is not a plain object (${name}).`,
			forbiddenKey: (path: string) => `Cannot save: ${path || '(value)'} is a forbidden key.`
		}
	},
	tabs: {
		openElsewhere: 'This scan is also open in another tab.',
		openElsewhereHint: 'What you save in one tab shows in the other at once. For the same question, the latest change counts.',
		deletedElsewhere: 'This scan was deleted in another tab. What you change here will not be saved.',
		answerChanged: 'This question was changed in another tab.',
		answerChangedShown: 'You now see the answer saved there.',
		replacedNote: 'Your explanation in this tab was:',
		restoreNote: 'Put my explanation back',
		planChanged: 'The action plan was changed in another tab. You now see the plan with those changes.'
	},
	update: {
		bannerLabel: 'New version',
		text: 'There is a new version of Kwartiermaker.',
		textActive: 'There is a new version of Kwartiermaker. Reload the page when you have finished this question.',
		savedFirst: 'Your answers are saved first.',
		button: 'Update now',
		later: 'Later',
		saveFailed:
			'Your latest answers have not been saved yet, so the app was not updated. Try again, or download a backup first.'
	},
	shareLink: {
		heading: 'Share with a link',
		text: 'Make a link that contains this scan. Whoever opens the link can add the scan to Kwartiermaker in their own browser.',
		privacy:
			'The answers are in the link itself. They do not pass through a Kwartiermaker server. Only send the link to people who may see your answers.',
		button: 'Share with a link',
		busy: 'Making the link…',
		label: 'Link to this scan',
		hint: 'Select the link and copy it, or use the button.',
		copy: 'Copy the link',
		copied: 'The link has been copied. Paste it into an email or chat message.',
		copyFailed: 'Copying did not work. Select the link in the field and copy it yourself.',
		tooLarge: (length: string, max: string) =>
			`This scan is too large for a link (${length} characters; the limit is ${max}). Download a backup and send that file.`,
		unsupported: 'This browser cannot make a link. Download a backup and send that file.',
		failed: 'The link could not be made. Try again or download a backup.',
		errors: {
			notShare: 'This link is not a link to a Kwartiermaker scan.',
			newer: 'This link was made with a newer version of Kwartiermaker. Update the app and open the link again.',
			damaged: 'This link is damaged or incomplete.',
			tooLarge: 'This link holds too much data.',
			severalScans: 'This link holds more than one scan. Kwartiermaker only makes links with one scan.',
			unsupported: 'This browser cannot unpack the link. Use a recent browser, or ask for a backup file.'
		}
	},
	backupFile: {
		errors: {
			notBackup: 'This file is not a Kwartiermaker backup.',
			empty: 'This file is empty.',
			notJson: 'This file is damaged: it is not valid JSON.',
			tooDeep: 'This file is damaged: the data is nested too deeply.',
			tooManyValues: 'This file is too large: it holds too much data for a backup.',
			badVersion: 'This file is damaged: the version number of the backup is not right.',
			badEnvelope: 'This file is damaged: the details about the backup are not right.',
			newer: 'This backup was made with a newer version of Kwartiermaker. Update the app and try again.',
			older: 'This backup was made with an old version of Kwartiermaker. This app can no longer read it.',
			noScanList: 'This file is damaged: the list of scans is missing.',
			noScans: 'The backup holds no scans.',
			tooManyScans: (max: number) => `The backup holds too many scans (more than ${formatNumber(max, 'en')}).`,
			unexpected: 'This file could not be read. Choose another file or try again.',
			forbiddenKey: (key: string) => `This file was not read because it contains an unsafe field name ("${key}").`,
			tooLarge: (bytes: number) => `This file is too large (more than ${formatFileSize(bytes, 'en')}).`,
			scanInvalid: (scan: string, problem: string) => `${scan} in the backup is not right: ${problem}.`,
			otherChecklist: (scan: string) => `${scan} in the backup belongs to a different questionnaire. This app cannot read that scan.`,
			newerChecklist: (scan: string, version: string, appVersion: string) =>
				`${scan} in the backup was made with version ${version} of the questions. This app has version ${appVersion}. Update the app and try again.`
		},
		warnings: {
			notUtf8:
				'This file was not saved as UTF-8, so letters with accents (such as ë and é) have been converted. Check the texts of the scan carefully.',
			olderChecklist: (version: string, appVersion: string) =>
				`The scan was made with version ${version} of the questions. This app uses version ${appVersion}. Check the answers carefully.`,
			keptAside: (count: number) =>
				count === 1
					? '1 answer no longer fits this version of the questions. It has been kept separately and is shown when you check your answers, under ‘Answers from an earlier version’.'
					: `${formatNumber(count, 'en')} answers no longer fit this version of the questions. They have been kept separately and are shown when you check your answers, under ‘Answers from an earlier version’.`,
			unknownFocusAreas: (count: number) =>
				count === 1 ? '1 focus area is unknown and was not taken over.' : `${formatNumber(count, 'en')} focus areas are unknown and were not taken over.`,
			ofScan: (scan: number, warning: string) => `Scan ${scan}: ${warning}`
		},
		scanLabel: {
			single: 'The scan',
			numbered: (scan: number) => `Scan ${scan}`
		},
		fieldProblem: (field: string, problem: string) => `${field} ${problem}`,
		path: (...parts: string[]) => parts.join(', '),
		problems: {
			notScan: 'it is not a scan',
			wrongChecklistVersion: 'the version of the questions is not right',
			invalid: (plural: boolean) => (plural ? 'are not right' : 'is not right'),
			missing: (plural: boolean) => (plural ? 'are missing' : 'is missing'),
			wrongShape: (plural: boolean) => (plural ? 'are not in the right form' : 'is not in the right form'),
			notText: (plural: boolean) => (plural ? 'are not text' : 'is not text'),
			tooLong: (plural: boolean, max: number) => `${plural ? 'are' : 'is'} too long (more than ${formatNumber(max, 'en')} characters)`,
			tooMany: (_plural: boolean, max: number) => `are too many (more than ${formatNumber(max, 'en')})`,
			empty: (plural: boolean) => (plural ? 'are empty' : 'is empty'),
			notDateTime: (plural: boolean) => (plural ? 'are not a valid date and time' : 'is not a valid date and time'),
			notDate: (plural: boolean) => (plural ? 'are not a valid date (year-month-day)' : 'is not a valid date (year-month-day)'),
			outOfRange: (plural: boolean, from: string, to: string) => `${plural ? 'fall' : 'falls'} outside ${from}–${to}`,
			unknown: (plural: boolean) => (plural ? 'are unknown' : 'is unknown'),
			unknownPhase: (plural: boolean) => `${plural ? 'are' : 'is'} unknown (choose orienterend, eerste or structureel)`,
			unknownHorizon: (plural: boolean) => `${plural ? 'are' : 'is'} unknown (choose 0-3, 3-12 or later)`,
			unknownStatus: (plural: boolean) => `${plural ? 'are' : 'is'} unknown (choose open, bezig or klaar)`,
			duplicateActions: (plural: boolean) => `${plural ? 'have' : 'has'} two actions with the same id`,
			notBoolean: (plural: boolean) => (plural ? 'are not yes or no' : 'is not yes or no')
		},
		fields: {
			id: 'id',
			schemaVersion: 'version number',
			checklistId: 'questionnaire',
			checklistVersion: 'version of the questions',
			mode: 'type of scan',
			profile: 'profile',
			organisation: 'organisation',
			filledInBy: 'filled in by',
			role: 'role',
			phase: 'phase',
			focusAreas: 'focus areas',
			answers: 'answers',
			setAside: 'answers from an earlier version',
			plan: 'action plan',
			actions: 'actions',
			createdAt: 'date created',
			updatedAt: 'date of the last change',
			sourceActionId: 'source of the action',
			themeId: 'theme',
			questionId: 'question',
			title: 'title',
			why: 'why',
			firstStep: 'first step',
			owner: 'owner',
			deadline: 'deadline',
			horizon: 'time frame',
			status: 'status',
			priority: 'priority',
			value: 'chosen answer',
			note: 'explanation',
			fromVersion: 'version',
			questionText: 'text of the question',
			answerLabel: 'text of the answer',
			demo: 'example',
			unknown: 'unknown field'
		},
		items: {
			actions: (n: number) => `action ${n}`,
			focusAreas: (n: number) => `focus area ${n}`,
			other: (n: number) => `item ${n}`
		},
		entries: {
			answers: (id: string) => `answer to question ${id}`,
			setAside: (id: string) => `answer kept aside ${id}`
		}
	},
	receive: {
		title: 'Scan from a link',
		reading: 'Reading the link…',
		intro: 'This link contains a scan. Look at what it holds and choose whether to add the scan.',
		organisation: 'Organisation',
		filledInBy: 'Filled in by',
		mode: 'Type of scan',
		checklistVersion: 'Version of the questions',
		answers: 'Questions answered',
		answersValue: (answered: number, total: number) => `${answered} of ${total}`,
		planActions: 'Actions in the action plan',
		noPlan: 'No action plan yet',
		createdAt: 'Scan made on',
		updatedAt: 'Last changed on',
		sharedAt: 'Link made on',
		unnamed: '(no name)',
		warningsTitle: 'Please note',
		question: 'Do you want to add this scan?',
		questionHint: 'Your own scans stay as they are. If this scan is already on this device, a copy is added next to it.',
		add: 'Add as a new scan',
		decline: 'Do not add',
		adding: 'Adding the scan…',
		added: (name: string) => `The scan ‘${name}’ has been added.`,
		openScan: 'Open the scan',
		declined: 'The scan was not added. Nothing has changed.',
		refusedTitle: 'This link cannot be used',
		refusedText: 'Nothing was added or changed. Ask the sender to send the link again, or to send a backup file.',
		empty: 'There is no scan to show. Open the link again from the message you received it in.',
		addFailed: 'Adding the scan did not work.',
		toHome: 'Go to My scans'
	},
	data: {
		title: 'Your data',
		footerLink: 'Your data',
		homeLink: 'See where your data is kept and how to delete it',
		whereHeading: 'Where is your data?',
		where:
			'Everything you enter is only in this browser on this device. The browser keeps it in its own database (IndexedDB). Nothing is sent to a server. Another browser or device cannot see your scans.',
		scans: (n: number) => (n === 0 ? 'There are no scans on this device.' : n === 1 ? 'There is 1 scan on this device.' : `There are ${n} scans on this device.`),
		usageHeading: 'How much space does Kwartiermaker use?',
		usage: (used: string) => `Kwartiermaker now uses about ${used} in this browser. That includes the app itself, so it also works without internet.`,
		quota: (quota: string) => `The browser gives Kwartiermaker up to ${quota}.`,
		usageUnknown: 'This browser does not say how much space Kwartiermaker uses.',
		loading: 'Fetching…',
		persistHeading: 'Is your data kept?',
		persisted: 'Yes. The browser has promised to keep your data, even when the disk is almost full. If you clear your browser data yourself, it is gone.',
		notPersisted: 'Not guaranteed. The browser may delete your data when the disk is almost full. So download a backup regularly.',
		persistUnknown: 'This browser does not say whether it always keeps your data. So download a backup regularly.',
		persistButton: 'Ask the browser to keep your data',
		persistRefused: 'The browser has not allowed this (yet). Browsers often only allow it once you use the app more often.',
		backupHeading: 'Backup',
		lastBackup: (date: string) => `Your last backup is from ${date}.`,
		noBackup: 'You have not downloaded a backup in this browser yet.',
		changesSince: (n: number) => (n === 1 ? 'Since then, 1 change has been saved.' : `Since then, ${n} changes have been saved.`),
		backupHow: 'You download a backup per scan: open the scan and choose ‘Download backup’ at the bottom.',
		reminderTitle: 'Time for a backup',
		reminderChanges: (n: number) =>
			`${n} changes have been saved since your last backup. Download a new backup so you lose nothing if the browser clears your data.`,
		reminderDays: (days: number) =>
			`Your last backup is ${days} days old and something has changed since. Download a new backup so you lose nothing if the browser clears your data.`,
		reminderNever: (days: number) =>
			`You have been working for ${days} days without a backup. Download a backup so you lose nothing if the browser clears your data.`,
		reminderLink: 'More about your data and backups',
		deleteHeading: 'Delete everything',
		deleteText:
			'Delete all scans, answers and action plans from this browser, including the example scan and anything else the app remembers. Download a backup first if you want to keep something.',
		deleteButton: 'Delete everything',
		confirmTitle: 'Are you sure you want to delete everything?',
		confirmText: (n: number) =>
			`${n === 1 ? 'The scan on this device' : n === 0 ? 'All Kwartiermaker data' : `All ${n} scans on this device`} will be deleted, with the answers and action plans. You cannot undo this.`,
		confirmButton: 'Yes, delete everything',
		deleting: 'Deleting…',
		deleted: 'All Kwartiermaker data has been deleted from this browser.',
		deleteFailed: 'Deleting did not work.'
	},
	question: {
		position: (index: number, total: number) => `Question ${index} of ${total}`,
		themePosition: (index: number, total: number) => `Theme ${index} of ${total}`
	},
	titles: {
		tasks: 'Overview',
		questionInTheme: (question: number, questions: number, theme: number, themes: number) =>
			`Question ${question} of ${questions} (theme ${theme} of ${themes})`
	}
};
