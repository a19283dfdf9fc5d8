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
	results: {
		title: 'Results',
		partial: (answered: number, total: number) =>
			`You have answered ${answered} of ${total} questions. The results only cover what you have filled in so far.`,
		finishLink: 'Go on with the open questions',
		missingIntro: 'Answers are still missing here:',
		provisional: 'provisional',
		levelHeading: 'How far is your organisation?',
		overall: (percent: string) => `Average score across the themes: ${percent}.`,
		overallWeighted: (percent: string) =>
			`Average score across the themes: ${percent}. Themes with more weight count more.`,
		uncertain: 'uncertain',
		uncertainOverall: (percent: string) =>
			`This picture is uncertain. For ${percent} of the answers you chose ‘I don’t know’, which counts as the lowest answer. Find out those answers and the picture becomes more accurate.`,
		cappedIntro: (uncapped: string, level: string) =>
			`Based on the scores you would be at ‘${uncapped}’. But a few conditions are still missing, so the level stays at ‘${level}’:`,
		noScoreYet: 'There is no score yet. Answer a few questions first.',
		risksHeading: 'Risks',
		risksIntro: 'These pitfalls apply to you. Deal with them first.',
		riskHigh: 'High risk',
		riskMedium: 'Risk',
		yourAnswer: 'Your answer',
		noRisks: 'From the questions answered, we see no pitfalls that apply.',
		unknownRisk: 'Unknown risk',
		unknownRisksIntro: 'For these pitfalls you do not know whether they apply, so the risk may be there. Find out.',
		risksUnanswered: 'The questions about pitfalls have not been answered yet.',
		themesHeading: 'Score per theme',
		themesIntro:
			'The longer the bar, the better the theme is arranged. ‘I don’t know’ counts as the lowest answer. ‘Not applicable’ does not count. ‘Uncertain’ means you do not know the answer to many questions.',
		tableCaption: 'Score per theme, in per cent',
		chart: {
			theme: 'Theme',
			score: 'Score',
			answered: 'Answered',
			unknown: 'I don’t know',
			weight: 'Weight',
			noScore: 'No score yet',
			answeredOf: (scored: number, total: number) => `${scored} of ${total}`,
			unknownOf: (unknown: number, counted: number) => `${unknown} of ${counted}`,
			weightTimes: (weight: number) => `${weight} times`,
			unknownNote: (unknown: number, counted: number, uncertain: boolean) =>
				`I don’t know: ${unknown} of ${counted}${uncertain ? ' · uncertain' : ''}`
		},
		strengthsHeading: 'Strengths',
		noStrengths: 'No theme scores 75% or more yet.',
		gapsHeading: 'What you do not know yet',
		gapsIntro: 'For these questions you chose ‘I don’t know’. Find out who knows the answer; that makes the scan more complete.',
		noGaps: 'You did not answer any question with ‘I don’t know’.',
		figuresHeading: 'For comparison',
		figuresIntro: 'Figures from research, to set your outcome against. They are not about your organisation.',
		toPlan: 'Go to the action plan'
	},
	plan: {
		title: 'Action plan',
		intro:
			'These actions follow from your answers. Pitfalls come first, then the conditions, then the biggest points to improve. Adjust the plan: choose an owner and a deadline, change the order, or add an action of your own. Everything is kept on this device.',
		pdfBusy: 'Making the PDF…',
		pdfDone: (fileName: string) => `The PDF is ready: ${fileName}`,
		pdfError: 'The PDF could not be made. Please try again.',
		empty: 'There are no actions yet. Answer more questions, or add an action yourself.',
		newProposals: (n: number) =>
			n === 1
				? 'Your new answers led to 1 action that is not in your plan yet.'
				: `Your new answers led to ${n} actions that are not in your plan yet.`,
		addProposals: 'Add these actions',
		proposalsAdded: (n: number) => (n === 1 ? '1 action added.' : `${n} actions added.`),
		priority: { risk: 'Pitfall', precondition: 'Condition', gap: 'To improve', custom: 'Own action' },
		status: { open: 'Not started', bezig: 'In progress', klaar: 'Done' },
		horizon: { '0-3': '0 to 3 months', '3-12': '3 to 12 months', later: 'Later' },
		fields: {
			title: 'Title of the action',
			owner: 'Owner',
			ownerHint: 'A name or a role, for example ‘team leader’',
			deadline: 'Deadline',
			deadlineHint: 'For example 31 3 2027. Leave empty if there is no date yet.',
			status: 'Status',
			horizon: 'Time frame',
			why: 'Why',
			firstStep: 'First step'
		},
		edit: 'Edit',
		editHeading: (title: string) => `Edit action: ${title}`,
		addHeading: 'Add your own action',
		add: 'Add your own action',
		save: 'Save action',
		saved: 'The action has been saved.',
		added: 'The action has been added.',
		up: 'Move up',
		down: 'Move down',
		movedUp: (title: string) => `‘${title}’ has moved up one place.`,
		movedDown: (title: string) => `‘${title}’ has moved down one place.`,
		remove: 'Remove',
		removeConfirm: 'Remove this action from the plan?',
		removeYes: 'Yes, remove it',
		removed: (title: string) => `‘${title}’ has been removed from the plan.`,
		errors: {
			titleMissing: 'Enter the title of the action',
			tooLong: {
				title: (max: number, now: number) => `The title of the action is too long. Use at most ${max} characters (now ${now}).`,
				why: (max: number, now: number) => `The text under ‘Why’ is too long. Use at most ${max} characters (now ${now}).`,
				firstStep: (max: number, now: number) => `The first step is too long. Use at most ${max} characters (now ${now}).`,
				owner: (max: number, now: number) => `The owner’s name is too long. Use at most ${max} characters (now ${now}).`
			},
			notText: {
				why: 'The text under ‘Why’ must be text.',
				firstStep: 'The first step must be text.',
				owner: 'The owner’s name must be text.'
			},
			deadlineFormat: 'The deadline must be a real date',
			deadlineDay: 'The deadline must be a real date',
			deadlineNoDay: 'The deadline must include a day',
			deadlineNoMonth: 'The deadline must include a month',
			deadlineNoYear: 'The deadline must include a year',
			deadlineYearDigits: 'The year of the deadline must have four digits',
			deadlineRange: (min: string, max: string) => `Choose a year between ${min} and ${max}.`,
			horizon: 'Choose a time frame: 0-3 months, 3-12 months or later.',
			status: 'Choose a status: not started, in progress or done.',
			planFull: (n: number) => `The action plan already has ${n} actions. Remove an action first.`
		},
		overview: {
			heading: 'Overview',
			caption: (n: number) =>
				n === 1 ? 'The plan has 1 action. Choose an action to see its details.' : `The plan has ${n} actions. Choose an action to see its details.`,
			number: 'No.',
			action: 'Action',
			priority: 'Priority',
			owner: 'Owner',
			deadline: 'Deadline',
			status: 'Status',
			none: 'none'
		},
		toOverview: 'Back to the overview',
		warningLabel: 'Warning',
		unfinished: (answered: number, inScope: number) =>
			`You have not finished the scan yet (${answered} of the ${inScope} questions answered). This plan is made with the answers so far. Answer the open questions for a complete plan.`,
		continueScan: 'Continue the scan',
		evidence: {
			heading: 'Why this action',
			intro: 'This action follows from your answer:',
			question: 'Question',
			answer: 'Your answer',
			note: 'Your explanation',
			noAnswer: 'Not answered',
			changed: 'Your answer has changed since the action came into the plan. The action no longer follows from it. You can keep the action or remove it.'
		}
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
	report: {
		title: 'Action plan for lived-experience work',
		subject: 'Results of the self-assessment and action plan for working with experts by experience',
		coverLead: 'Results of the self-assessment and the action plan for working with experts by experience.',
		coverPrivacy:
			'This report was made with Kwartiermaker. The answers are only stored in the browser in which the scan was filled in; nothing was sent to a server.',
		coverFields: {
			date: 'Date',
			filledInBy: 'Filled in by',
			role: 'Job or role',
			scanType: 'Type of scan',
			phase: 'Phase',
			focusAreas: 'Fields',
			version: 'Version of the questions'
		},
		versionMismatch: (scanVersion: string, current: string) => `${scanVersion} (report made with version ${current})`,
		summaryHeading: 'Summary',
		levelCaption: 'Your level',
		noLevel: 'No level yet',
		noLevelDescription: 'No questions that decide a level have been answered yet.',
		complete: (total: number) => `All ${total} questions have been answered.`,
		themeScoresNote:
			'Percentage of the highest possible score. ‘I don’t know’ counts as the lowest answer; ‘Not applicable’ does not count. ‘Uncertain’: the answer to many questions is not known.',
		risksNone: 'No risks were found in the questions answered.',
		capsHeading: 'What holds your level back',
		capNote: 'Your score is above this level, but something is still missing. See ‘What holds your level back’.',
		capLine: (levelLabel: string, reason: string) => `At most ‘${levelLabel}’: ${reason}`,
		gaps: (count: number) =>
			count === 1
				? '1 question was answered with ‘I don’t know’. Find out: the answer may change your level.'
				: `${count} questions were answered with ‘I don’t know’. Find out: the answers may change your level.`,
		planHeading: 'Action plan',
		planIntro: (count: number) => (count === 1 ? '1 action, in order of priority.' : `${count} actions, in order of priority.`),
		planEmpty: 'There are no actions in the action plan yet.',
		numberColumn: '#',
		priorityColumn: 'Type',
		planDetailsHeading: 'The actions in detail',
		noDetails: 'No reason or first step filled in.',
		noValue: '–',
		answersHeading: 'Answers per theme',
		themeScore: (score: string) => `Score: ${score}`,
		themeRisks: (count: number) => (count === 0 ? 'No risks found' : count === 1 ? '1 risk found' : `${count} risks found`),
		sourcesHeading: 'Sources',
		sourcesIntro: 'The questions and actions in this report are based on these sources.',
		footer: (organisation: string) => `Kwartiermaker – ${organisation}`,
		page: (page: number, total: number) => `Page ${page} of ${total}`,
		documentTitle: (organisation: string) => `Action plan for lived-experience work – ${organisation}`,
		unknownOrganisation: 'Organisation unknown',
		fileNamePrefix: 'kwartiermaker-action-plan'
	},
	sources: {
		one: 'Source',
		many: 'Sources',
		newWindow: '(opens in a new window)'
	},
	exports: {
		heading: 'Download or print',
		intro: 'Choose what you want to do with the report:',
		pdfWhen: 'PDF: to share the report as it is, for example by email.',
		wordWhen: 'Word document: to edit the text or reuse it, for example in a proposal to the council executive.',
		printWhen:
			'Print: for paper. Or choose ‘Save as PDF’ in the print dialog. Your browser then makes an accessible PDF of this page.',
		pdfButton: 'Download as PDF',
		wordButton: 'Download as Word document',
		printButton: 'Print',
		wordBusy: 'Making the Word document…',
		wordDone: (fileName: string) => `The Word document is ready: ${fileName}`,
		wordError: 'The Word document could not be made. Please try again.',
		word: {
			themeColumn: 'Theme',
			scoreColumn: 'Score',
			actionTitle: (number: string, title: string) => `${number}. ${title}`
		}
	},
	question: {
		position: (index: number, total: number) => `Question ${index} of ${total}`,
		themePosition: (index: number, total: number) => `Theme ${index} of ${total}`
	},
	titles: {
		tasks: 'Overview',
		questionInTheme: (question: number, questions: number, theme: number, themes: number) =>
			`Question ${question} of ${questions} (theme ${theme} of ${themes})`
	},
	progress: {
		linksHeading: 'Look again after a while',
		linksText: 'Do the scan again after a while, for example after a year. Then you see what has changed.',
		repeatLink: 'Repeat the scan',
		progressLink: 'See progress',
		repeatOfNote: 'This scan repeats an earlier scan. Under Progress you see what has changed.',
		copiedNote: (count: number) =>
			count === 1
				? '1 answer still comes from the earlier scan. Check it: is it still right? Confirm it or choose another answer.'
				: `${count} answers still come from the earlier scan. Check them: are they still right? Confirm them or choose another answer.`,
		copiedTag: 'From the earlier scan',
		copiedAnswer: 'This answer comes from the earlier scan. Is it still right? Confirm it, or choose another answer.',
		confirmCopied: 'This is still right',
		confirmedCopied: 'You have confirmed the answer.',
		repeat: {
			title: 'Repeat the scan',
			intro: (organisation: string) =>
				`You start a new scan for ${organisation}. We copy the details of your organisation. The earlier scan stays as it is.`,
			earlier: (date: string, answered: number, total: number) =>
				`The earlier scan is from ${date}. It has ${answered} of the ${total} questions answered.`,
			startLegend: 'How do you want to start?',
			startEmpty: 'Start empty',
			startEmptyHint: 'You answer all questions again.',
			startCopy: 'Start with the answers of the earlier scan',
			startCopyHint: 'You check each answer. Is it no longer right? Then you change it.',
			startRequired: 'Choose how you want to start the new scan.',
			submit: 'Start the new scan',
			busy: 'Making the new scan…',
			failed: 'The new scan could not be made. Please try again.',
			notPossible: 'You cannot repeat this scan. A sample scan or your own answers in a workshop are not repeated.'
		},
		title: 'Progress',
		intro: 'Here you see what has changed since an earlier scan: the scores, the answers, the risks and the actions.',
		chooseLabel: 'Compare with',
		chooseHint: 'The scan this scan repeats is already chosen. You can also choose another scan.',
		chooseHintFree: 'Choose the earlier scan you want to compare with.',
		chooseOption: (organisation: string, date: string) => `${organisation}, last changed on ${date}`,
		chooseButton: 'Compare',
		loadingScans: 'Loading the scans…',
		noEarlier: 'There is no other scan on this device to compare with. Repeat the scan later, or restore a backup of the earlier scan.',
		earlierMissing: 'The earlier scan is no longer on this device. Choose another scan, or restore a backup of the earlier scan.',
		chooseRequired: 'Choose a scan to compare with.',
		loadFailed: 'The scan could not be loaded. Please try again.',
		refused: {
			'same-scan': 'You cannot compare a scan with itself. Choose another scan.',
			'other-checklist': 'This scan belongs to another questionnaire. It cannot be compared.',
			'newer-version': 'This scan was made with a newer version of the questions. Update the app and try again.'
		},
		otherOrganisation: (organisation: string) =>
			`Please note: the scan you compare with is of another organisation (${organisation}).`,
		comparedWith: (organisation: string, date: string) => `Compared with the scan of ${organisation} from ${date}.`,
		provisionalNote: 'Not all questions are answered. The comparison covers what has been filled in.',
		levelHeading: 'Level',
		level: (then: string, now: string) => `Then: ${then}. Now: ${now}.`,
		noLevel: 'no level yet',
		themesHeading: 'Score per theme',
		themesCaption: 'Score and level per theme, then and now',
		columns: { theme: 'Theme', then: 'Then', now: 'Now', change: 'Difference' },
		scoreLevel: (percent: string, level: string) => `${percent} (${level})`,
		levelScore: (level: string, percent: string) => `${level} (${percent})`,
		notAsked: 'Not asked',
		noScore: 'No score',
		change: (points: number) =>
			points === 0 ? 'The same' : points > 0 ? `${points} percentage points higher` : `${-points} percentage points lower`,
		answersHeading: 'Answers that changed',
		answersCaption: 'Changed answers, then and now',
		answerColumns: { question: 'Question', then: 'Then', now: 'Now' },
		answersNone: 'No answers have changed.',
		notAnswered: 'Not answered',
		openNow: (count: number) =>
			count === 1
				? '1 question that was answered then is still open now.'
				: `${count} questions that were answered then are still open now.`,
		risksHeading: 'Risks',
		risksAppeared: 'New risks',
		risksGone: 'Risks that have gone',
		risksNoneAppeared: 'There are no new risks.',
		risksNoneGone: 'No risks have gone.',
		risk: (severity: string, question: string, answer: string) => `${severity}: ${question} (answer: ${answer})`,
		actionsHeading: 'Actions from the earlier action plan',
		actionsCaption: 'Actions from the earlier action plan, with their status',
		actionColumns: { action: 'Action', owner: 'Owner', then: 'Status then', now: 'Now in the plan' },
		actionsNone: 'The earlier scan had no actions in its action plan.',
		notInPlan: 'Not in the plan',
		unmatchedHeading: 'Questions that no longer exist',
		unmatchedIntro: 'These answers from the earlier scan belong to questions that changed or were removed. They do not count in the comparison.',
		unmatched: (question: string, answer: string) => `${question}: ${answer}`,
		unknownQuestion: (id: string) => `Question ${id}`,
		pdfHeading: 'Progress since the earlier scan',
		backToResults: 'To the results'
	}
};
