/**
 * English texts of the werksessie (workshop) screens; the same keys as nl-workshop.ts.
 */
import { formatFileSize, formatNumber } from './format.ts';
import type { WorkshopMessages } from './messages.ts';

export const enWorkshop: WorkshopMessages = {
	workshop: {
		title: 'Workshop',
		roles: {
			beleid: 'Policy',
			management: 'Management',
			ervaringswerker: 'Peer worker or expert by experience',
			uitvoering: 'Front-line staff',
			bestuur: 'Governance',
			anders: 'Other'
		},
		sources: { qr: 'QR code', file: 'File', link: 'Link', hands: 'Hands counted' },
		pages: {
			overview: 'Overview',
			collect: 'Collect answers',
			hands: 'Count hands',
			discuss: 'Discuss',
			project: 'Projector',
			consensus: 'Settle together'
		},
		notFound: 'This workshop is not (or no longer) on this device.',
		resultOf: (date: string, participants: number) =>
			`This is the outcome of a workshop on ${date} with ${formatNumber(participants, 'en')} ${participants === 1 ? 'participant' : 'participants'}. The group settled the answers together.`
	},
	/** Filled by the workshopDomain part of the werksessie work. */
	workshopDomain: {
		answers: {
			tooLarge: (bytes: number) => `These answers are too large (more than ${formatFileSize(bytes, 'en')}).`,
			empty: 'There are no answers in it.',
			notJson: 'These answers are damaged: this is not valid JSON.',
			forbiddenKey: (key: string) => `These answers were not read because they contain an unsafe field name ("${key}").`,
			tooDeep: 'These answers are damaged: the data is nested too deeply.',
			tooManyValues: 'These answers are too large: they contain too much data.',
			otherFormat: 'This is an invitation to a workshop, not answers. Participants open the invitation on their own device.',
			notOurs: 'These are not answers from Kwartiermaker.',
			newer: 'These answers were made with a newer version of Kwartiermaker. Update the app and try again.',
			invalid: (field: string) => `These answers are not right: ${field} is not right. Ask the participant to hand in again.`,
			unexpected: 'These answers could not be read. Please try again.'
		},
		invite: {
			tooLarge: (bytes: number) => `This invitation is too large (more than ${formatFileSize(bytes, 'en')}).`,
			empty: 'There is no invitation in the link.',
			notJson: 'This invitation is damaged: this is not valid JSON.',
			forbiddenKey: (key: string) => `This invitation was not opened because it contains an unsafe field name ("${key}").`,
			tooDeep: 'This invitation is damaged: the data is nested too deeply.',
			tooManyValues: 'This invitation is too large: it contains too much data.',
			otherFormat: 'These are a participant’s answers, not an invitation. Give them to the workshop facilitator.',
			notOurs: 'This is not an invitation to a Kwartiermaker workshop.',
			newer: 'This invitation was made with a newer version of Kwartiermaker. Update the app and open the link again.',
			invalid: (field: string) => `This invitation is not right: ${field} is not right. Ask the facilitator for a new link.`,
			unexpected: 'This invitation could not be opened. Please try again.'
		},
		fields: {
			version: 'the version number',
			workshopId: 'the workshop code',
			participantId: 'the participant code',
			role: 'the role',
			name: 'the name',
			checklistId: 'the questionnaire',
			checklistVersion: 'the questionnaire version',
			answers: 'the list of answers',
			handedInAt: 'the time of handing in',
			settings: 'the settings',
			organisation: 'the organisation',
			date: 'the date',
			phase: 'the phase',
			scope: 'the choice of questions',
			themes: 'the themes',
			roles: 'the roles',
			names: 'the choice about names',
			value: 'an answer',
			note: 'a note',
			unknown: 'a part',
			answer: (questionId: string) => `the answer to question ${questionId}`
		},
		outcomes: {
			added: 'The answers have been added.',
			replaced: 'This participant had handed in before. The newer answers replace the old ones.',
			keptNewer: 'These answers were already here (or newer ones from the same participant are). Nothing has changed.',
			otherWorkshop: 'These answers belong to another workshop. They have not been added.',
			otherChecklist: 'These answers belong to another questionnaire. They have not been added.',
			tooMany: (max: number) => `There are already ${formatNumber(max, 'en')} participants. No more answers fit in one workshop.`
		},
		warnings: {
			olderChecklist: (version: string, appVersion: string) =>
				`This participant used version ${version} of the questionnaire. The answers have been converted to version ${appVersion}.`,
			newerChecklist: (version: string, appVersion: string) =>
				`These answers were given with version ${version} of the questionnaire. This app has version ${appVersion}. Update the app and add them again.`,
			notMigrated: (count: number) =>
				count === 1
					? '1 answer does not fit this version of the questionnaire. It does not count.'
					: `${formatNumber(count, 'en')} answers do not fit this version of the questionnaire. They do not count.`,
			unknownQuestions: (count: number) =>
				count === 1
					? '1 answer belongs to a question this questionnaire does not have. It does not count.'
					: `${formatNumber(count, 'en')} answers belong to questions this questionnaire does not have. They do not count.`,
			invalidValues: (count: number) =>
				count === 1
					? '1 answer is not a valid choice for its question. It does not count.'
					: `${formatNumber(count, 'en')} answers are not a valid choice for their question. They do not count.`,
			outsideSession: (count: number) =>
				count === 1
					? '1 answer belongs to a question this workshop does not ask. It does not count.'
					: `${formatNumber(count, 'en')} answers belong to questions this workshop does not ask. They do not count.`,
			otherRole: 'This participant’s role is not one of the workshop’s roles. The answers do count.'
		},
		hands: {
			totalTooHigh: (total: number, present: number) =>
				`${formatNumber(total, 'en')} hands were counted, but only ${formatNumber(present, 'en')} people are present.`,
			roleTooHigh: (role: string, total: number, present: number) =>
				`${role}: ${formatNumber(total, 'en')} hands were counted, but only ${formatNumber(present, 'en')} people are present.`,
			unknownRole: (role: string) => `${role} is not one of the roles of this workshop.`,
		}
	},
	/** Filled by the workshopStorage part of the werksessie work. */
	workshopStorage: {
		count: (n: number) =>
			n === 0 ? 'There are no workshops on this device.' : n === 1 ? 'There is 1 workshop on this device.' : `There are ${formatNumber(n, 'en')} workshops on this device.`,
		deleteToo: (n: number) =>
			n === 1
				? 'The workshop on this device is deleted too, with the participants’ answers.'
				: `The ${formatNumber(n, 'en')} workshops on this device are deleted too, with the participants’ answers.`,
		restored: (added: number, existing: number) =>
			[
				added === 0 ? '' : added === 1 ? 'The workshop has been restored.' : `${formatNumber(added, 'en')} workshops have been restored.`,
				existing === 0
					? ''
					: existing === 1
						? 'The workshop in the backup was already on this device. It has not been changed.'
						: `${formatNumber(existing, 'en')} workshops in the backup were already on this device. They have not been changed.`
			]
				.filter(Boolean)
				.join(' '),
		backup: {
			named: (organisation: string) => `The workshop of ${organisation}`,
			single: 'The workshop',
			numbered: (n: number) => `Workshop ${n}`,
			newer: (workshop: string) =>
				`${workshop} in the backup was made with a newer version of Kwartiermaker. Update the app and try again.`,
			otherChecklist: (workshop: string) =>
				`${workshop} in the backup belongs to another checklist. This app cannot read that workshop.`,
			newerChecklist: (workshop: string, version: string, appVersion: string) =>
				`${workshop} in the backup was made with version ${version} of the checklist. This app has version ${appVersion}. Update the app and try again.`,
			invalid: (workshop: string, problem: string) => `${workshop} in the backup is not right: ${problem}.`,
			notWorkshop: 'it is not a workshop',
			noList: 'This file is damaged: the list of workshops is not right.',
			tooMany: (max: number) => `The backup holds too many workshops (more than ${formatNumber(max, 'en')}).`
		}
	},
	/** QR codes on screen and the camera that reads them (components qr-code and qr-reader), and the links. */
	workshopQr: {
		frames: {
			damaged: 'This QR code is damaged or was not read in full. Please try again.',
			tooLarge: 'This QR code holds too much data for one participant’s answers.',
			otherCode: 'This is a different QR code. Let all codes of the previous participant be read first, or start again.'
		},
		code: {
			making: 'Making the QR code…',
			frameOf: (index: number, total: number) => `Code ${index} of ${total}`,
			severalHint: 'The codes change by themselves. Hold the screen still in front of the camera until all codes have been read.',
			previous: 'Previous code',
			next: 'Next code',
			pause: 'Stop changing',
			play: 'Change again',
			tooLarge: 'This does not fit in QR codes. Use the file or the link.',
			failed: 'The QR code could not be made. Use the file or the link.'
		},
		reader: {
			start: 'Start camera',
			stop: 'Stop camera',
			video: 'Camera image',
			idle: 'The camera only turns on when you click "Start camera". The image stays on this device.',
			starting: 'Starting the camera…',
			scanning: 'Hold the participant’s QR code in front of the camera.',
			denied: 'The camera may not be used. You did not give permission, or the camera is blocked.',
			unavailable: 'No camera was found on this device.',
			error: 'The camera is not working. Another program may be using it.',
			fallback: 'You can also take a photo of the QR code and choose that photo below. Or ask the participant for the link and paste it.',
			progress: (received: number, total: number) => `Code ${received} of ${total} read. Keep the screen in front of the camera.`,
			read: 'QR code read.',
			again: 'Start again',
			photo: 'Choose a photo of a QR code',
			photoHint: 'A photo or screenshot in which the QR code is clearly visible.',
			photoReading: 'Reading the photo…',
			photoNone: 'No QR code was found in this photo. Take the photo closer, straight on and in focus.',
			photoUnreadable: 'This photo could not be opened.'
		},
		links: {
			notLink: 'This is not a Kwartiermaker link with answers or an invitation.',
			newer: 'This link was made with a newer version of Kwartiermaker. Update the app and open the link again.',
			damaged: 'This link is damaged or was not copied in full. Ask for a new link.',
			tooLarge: 'This link holds too much data.',
			unsupported: 'This browser cannot unpack the link. Use a recent version of Edge, Chrome, Firefox or Safari.'
		}
	},
	/** The facilitator's screen for collecting answers, and the page of an opened answers link. */
	workshopCollect: {
		intro: 'Add the participants’ answers: with the camera, as a file or as a link. Duplicate answers from the same participant are recognised: the newest counts.',
		loading: 'Opening the workshop…',
		handedIn: (count: number) => (count === 1 ? '1 participant has handed in' : `${count} participants have handed in`),
		perRole: 'Handed in per role',
		roleColumn: 'Role',
		countColumn: 'Number',
		qrHeading: 'Read a QR code',
		filesHeading: 'Add files',
		filesLabel: 'Choose one or more answer files',
		filesHint: 'You can choose several files at once, or drag them onto this box.',
		dropHere: 'Drag files here',
		linksHeading: 'Paste links',
		linksLabel: 'Links with answers',
		linksHint: 'Paste one or more links. Put each link on its own line.',
		linksAdd: 'Add links',
		linksEmpty: 'Paste a link with answers first.',
		itemsHeading: 'What you added',
		itemQr: 'QR code',
		itemLink: (index: number) => `Link ${index}`,
		working: 'Working…',
		who: (role: string, name: string) => (name ? `${name} (${role})` : role),
		fileTooLarge: 'This file is too large for one participant’s answers.',
		fileUnreadable: 'This file could not be read.',
		saveFailed: 'The answers could not be saved. Please try again.',
		toOverview: 'Back to the overview',
		link: {
			title: 'A participant’s answers',
			reading: 'Reading the link…',
			empty: 'This link holds no answers (any more). Open the link again from the participant’s message.',
			refusedTitle: 'This link cannot be read',
			whose: 'From',
			session: 'Workshop',
			answers: 'Answers',
			handedInAt: 'Handed in on',
			add: 'Add to the workshop',
			adding: 'Adding…',
			notOnDevice: 'The workshop of these answers is not on this device. Open the link on the device on which you lead the workshop.',
			toCollect: 'Go to collecting answers',
			toHome: 'Go to the start page'
		}
	},
	/** Workshop: set-up, overview, joining, the participant's scan and handing in (part ws-setup). */
	workshopSetup: {
		home: {
			start: 'Run a workshop',
			startHint: 'Answer the questions together with a group. Everyone answers on their own phone or laptop.',
			title: 'My workshops',
			none: 'You have no workshops on this device yet.',
			date: 'Date',
			handedIn: 'Handed in',
			status: 'Status',
			settled: 'Settled',
			open: 'Not settled yet',
			openLink: 'Open'
		},
		handedInCount: (count: number) => `${count} handed in`,
		form: {
			caption: 'Run a workshop',
			title: 'Prepare a workshop',
			intro: 'Fill in what kind of workshop it will be. You then get a link and a QR code for the participants.',
			organisation: 'Name of the municipality or organisation',
			date: 'Date of the workshop',
			dateHint: 'For example 27 3 2026',
			phase: 'Which phase is the organisation in?',
			phaseHint: 'Some questions depend on the phase.',
			scope: 'Which questions will you ask?',
			scopeQuick: 'The quick scan',
			scopeQuickHint: (questions: number) => `${questions} questions, the most important of each theme.`,
			scopeFull: 'The full scan',
			scopeFullHint: (questions: number) => `${questions} questions on all themes.`,
			scopeThemes: 'Only the themes I choose',
			scopeThemesHint: 'All questions of those themes.',
			themes: 'Which themes?',
			themesHint: 'Choose one or more themes.',
			roles: 'Which roles take part in the workshop?',
			rolesHint: 'Participants choose one of these roles. Choose at least one.',
			names: 'Do you ask participants for their name?',
			namesRequired: 'Yes, a name is required',
			namesOptional: 'A name is welcome but not required',
			namesNever: 'No, do not ask for names',
			namesNeverHint: 'The answers then cannot be traced to a person, except through the role.',
			submit: 'Create workshop',
			creating: 'Creating the workshop…'
		},
		errors: {
			organisation: 'Enter the name of the municipality or organisation',
			organisationTooLong: (max: number) => `The name must be ${max} characters or fewer`,
			dateMissing: 'Enter the date of the workshop',
			dateDay: 'The date must include a day',
			dateMonth: 'The date must include a month',
			dateYear: 'The date must include a year',
			dateYearDigits: 'The year must have four digits',
			dateInvalid: 'The date must be a real date',
			phase: 'Choose the phase of the organisation',
			scope: 'Choose which questions you will ask',
			themes: 'Choose at least one theme',
			roles: 'Choose at least one role',
			names: 'Choose whether you ask for names',
			saveFailed: 'The workshop was not saved.'
		},
		overview: {
			caption: 'Workshop',
			loading: 'Loading the workshop…',
			joinTitle: 'Participants join with this link',
			joinText: 'Show the QR code on the screen or send the link. Participants open it on their phone or laptop.',
			joinLinkLabel: 'Link to join',
			qrLabel: 'QR code to join',
			copy: 'Copy link',
			copied: 'The link has been copied.',
			copyFailed: 'Copying did not work. Select the link and copy it yourself.',
			linkFailed: 'The link could not be made in this browser.',
			summaryTitle: 'How the workshop is set up',
			organisation: 'Organisation',
			date: 'Date',
			phase: 'Phase',
			scope: 'Questions',
			scopeQuick: 'Quick scan',
			scopeFull: 'Full scan',
			scopeThemes: (themes: string) => `Themes: ${themes}`,
			questions: (count: number) => (count === 1 ? '1 question' : `${count} questions`),
			roles: 'Roles',
			names: 'Name',
			namesRequired: 'Required',
			namesOptional: 'Welcome, not required',
			namesNever: 'Not asked',
			handedInTitle: 'Handed in',
			handedInTotal: (count: number) => (count === 1 ? '1 participant has handed in.' : `${count} participants have handed in.`),
			nextTitle: 'Continue with the workshop',
			settledTitle: 'The workshop has been settled',
			settledText: 'A scan has been made from the workshop. That scan stays when you delete the workshop.',
			resultScan: 'Go to the workshop’s scan',
			backupTitle: 'Backup',
			backupText: 'Keep the workshop with all answers handed in, in a file.',
			backup: 'Download a backup of this workshop',
			backupDone: (fileName: string) => `The backup has been downloaded: ${fileName}`,
			backupFailed: 'The backup did not work.',
			deleteTitle: 'Delete workshop',
			deleteText: 'Delete the workshop with the answers the participants handed in.',
			deleteSettledText:
				'The scan has been made. Now delete the workshop with the participants’ answers, so you keep no more than you need.',
			delete: 'Delete workshop',
			deleteConfirmTitle: 'Are you sure you want to delete this workshop?',
			deleteConfirmText:
				'The answers of all participants will be deleted from this device. You cannot undo this. The scan made from the workshop stays.',
			deleteConfirm: 'Yes, delete the workshop',
			deleteFailed: 'Deleting did not work.',
			toHome: 'Go to the start page'
		},
		join: {
			title: 'Join a workshop',
			reading: 'Reading the invitation…',
			empty: 'No invitation was found. Open the facilitator’s link or QR code again.',
			refusedTitle: 'This link does not work',
			refusedText: 'Nothing has been saved. Ask the facilitator for a new link.',
			otherChecklist: 'This workshop uses a different questionnaire from this app.',
			damaged: 'The link is damaged or incomplete.',
			intro: (organisation: string) => `You are joining the workshop of ${organisation}.`,
			organisation: 'Organisation',
			date: 'Date',
			asked: 'Questions',
			privacy: 'Your answers stay on this device until you hand them in to the facilitator yourself.',
			role: 'What is your role?',
			roleHint: 'Choose the role that fits you best.',
			name: 'Your name',
			nameOptional: 'Your name (may be left empty)',
			nameHint: 'The facilitator sees your name with your answers.',
			start: 'Start',
			starting: 'Preparing your questionnaire…',
			already: 'You are already taking part in this workshop on this device.',
			alreadyAs: (role: string) => `You answer as ${role}.`,
			continue: 'Continue with your answers',
			errors: {
				role: 'Choose your role',
				name: 'Enter your name',
				nameTooLong: (max: number) => `Your name must be ${max} characters or fewer`,
				createFailed: 'Your questionnaire was not saved.'
			}
		},
		participant: {
			banner: (organisation: string, role: string) => `Workshop of ${organisation} · you answer as ${role}`,
			handInText: 'Hand in your answers to the facilitator. You can still change something afterwards and hand in again.',
			handIn: 'Hand in',
			handedInAt: (when: string) => `You handed in on ${when}.`
		},
		handIn: {
			caption: 'Workshop',
			title: 'Hand in your answers',
			building: 'Preparing your answers…',
			notParticipant: 'This scan does not belong to a workshop.',
			answered: (answered: number, total: number) => `You have answered ${answered} of the ${total} questions.`,
			open: (open: number) =>
				open === 1 ? '1 question is still open. You can hand in anyway.' : `${open} questions are still open. You can hand in anyway.`,
			toCheck: 'Check your answers',
			qrTitle: 'Let the facilitator scan this QR code',
			qrText: 'Hold your screen towards the facilitator’s camera.',
			qrLabel: 'QR code with your answers',
			fileTitle: 'Or hand in a file',
			fileText: 'Download the file and give it to the facilitator, for example by email or USB stick.',
			download: 'Download file',
			downloaded: (fileName: string) => `The file has been downloaded: ${fileName}`,
			linkTitle: 'Or send a link',
			linkText: 'Copy the link and send it to the facilitator.',
			copy: 'Copy link',
			copied: 'The link has been copied.',
			copyFailed: 'Copying did not work. Select the link and copy it yourself.',
			linkLabel: 'Link with your answers',
			failed: 'Your answers could not be prepared.',
			recorded: 'Saved that you have handed in.',
			toTasks: 'Back to the questions'
		}
	},
	/** The group screens of a werksessie: counted hands, discussion, projector, consensus, and the PDF section. */
	workshopGroup: {
		loading: 'Loading the workshop.',
		backToOverview: 'Back to the workshop overview',
		saved: 'Saved.',
		saving: 'Saving…',
		people: (n: number) => (n === 1 ? '1 person' : `${n} people`),
		hands: {
			title: 'Count hands',
			lead: 'Not everyone has a phone or laptop? The group can vote by show of hands. You count how many hands go up for each answer.',
			howTo:
				'Let everyone vote at the same time, on a count of three. For a scale, people hold up 0 to 4 fingers. A fist or a card means "I don’t know".',
			notAnonymous:
				'Please note: a show of hands is not anonymous. Everyone sees what others choose. Is a question about power, for example between managers and ervaringswerkers? Then let people vote on a slip of paper instead.',
			questionsHeading: 'Questions of this workshop',
			counted: (present: number) => `Counted: ${present} present`,
			notCounted: 'Not counted yet',
			count: 'Count',
			change: 'Change count',
			formHeading: 'Count',
			present: 'Number present',
			presentHint: 'How many people voted on this question?',
			byRole: 'Counted per role',
			byRoleHint: 'Choose this when the roles vote in turn, or hold coloured cards.',
			all: 'Whole room',
			answer: 'Answer',
			countsCaption: 'Hands per answer',
			countLabel: (answer: string, group: string) => `${answer}, ${group}`,
			total: 'Total',
			save: 'Save count',
			remove: 'Remove count',
			cancel: 'Cancel',
			saved: 'The count has been saved.',
			removed: 'The count has been removed.',
			errors: {
				presentMissing: 'Enter the number of people present',
				notANumber: (label: string) => `Enter a whole number of 0 or more for ${label}`,
				tooLarge: (label: string, max: number) => `Enter a number of ${max} or less for ${label}`
			}
		},
		discuss: {
			title: 'Discuss',
			lead: 'Here you see where answers lie apart. Start the conversation with the questions at the top.',
			noAnswers: 'There are no answers yet. Collect the answers first, or count hands.',
			settingsHeading: 'What the group sees',
			showSmallGroups: 'Show small groups separately',
			showSmallGroupsHint: (min: number) =>
				`A role with fewer than ${min} people can be recognised. Only turn this on when the group agrees.`,
			showNames: 'Show names',
			showNamesHint: 'Names only appear in the list of who handed in, never next to an answer.',
			divergentHeading: 'Where we differ most',
			divergentIntro: 'At the top are the questions where answers lie furthest apart, or where the roles differ most.',
			divergentNone: 'On no question do the answers lie far apart.',
			agreedHeading: 'Where we agree',
			agreedNone: 'There are no questions everyone agrees on.',
			notJudgedHeading: 'Too few answers',
			notJudgedIntro: 'These questions have too few answers on the scale to say whether the group agrees.',
			notesSummary: (n: number) => (n === 1 ? '1 explanation from a participant' : `${n} explanations from participants`),
			noteRoleHidden: 'Role not shown',
			divided: 'Divided',
			theme: 'Theme',
			everyone: 'Everyone',
			answer: 'Answer',
			count: 'Number',
			distributionCaption: (group: string) => `Distribution of answers: ${group}`,
			rolesCaption: 'Per role: number of people, median and spread (scale 0 to 4)',
			role: 'Role',
			people: 'People',
			median: 'Median',
			spread: 'Spread',
			scaleNote:
				'Median: the middle answer, on a scale from 0 (lowest) to 4 (highest). Spread: how far apart the middle half of the answers lies. "I don’t know" is not counted in these.',
			none: '–',
			tooFew: 'too few people to show separately',
			sources: (devices: number, hands: number) => `Source: ${devices} from a device, ${hands} counted by hand`,
			project: 'Show on screen',
			settle: 'Settle',
			themesHeading: 'Themes per role',
			themesCaption: 'Median per theme and role, on a scale from 0 to 4',
			handedInHeading: 'Who handed in',
			handedIn: (n: number) => (n === 1 ? '1 participant handed in.' : `${n} participants handed in.`),
			name: 'Name',
			noName: 'No name',
			namesHidden: 'Names are hidden.'
		},
		projector: {
			title: 'Projector',
			lead: 'Show one question at a time on the big screen. The answers stay hidden until you show them.',
			noQuestions: 'This workshop has no questions.',
			fullScreen: 'Full screen',
			leaveFullScreen: 'Leave full screen',
			keysHeading: 'Keys',
			keyNext: '→ or Page Down: next question',
			keyPrevious: '← or Page Up: previous question',
			keyReveal: 'T: show or hide the answers',
			keyEscape: 'Esc: leave full screen',
			reveal: 'Show answers',
			hide: 'Hide answers',
			hiddenNote: 'The answers are still hidden. Let the group think for itself first.',
			next: 'Next question',
			previous: 'Previous question',
			position: (n: number, total: number) => `Question ${n} of ${total}`,
			order: 'Order of the questions',
			orderDivergent: 'Largest difference first',
			orderContent: 'Order of the scan',
			timerHeading: 'Clock per theme',
			timerMinutes: 'Minutes per theme',
			timerHint: 'Enter 0 for no clock.',
			timerMinutesError: (max: number) => `Enter a whole number from 0 to ${max}`,
			timerSave: 'Set the clock',
			timerStart: 'Start the clock',
			timerPause: 'Pause the clock',
			timerReset: 'Reset the clock',
			timeLeft: (minutes: number, seconds: number) => `${minutes}:${String(seconds).padStart(2, '0')} left for this theme`,
			timeUp: (theme: string) => `Time is up for the theme ${theme}.`,
			notes: 'What did the group say?',
			notesHint: 'Saved automatically.'
		},
		consensus: {
			title: 'Settle together',
			lead: 'For each question, record which answer the group chooses together, why, and who sees it differently. Everything is saved at once.',
			progress: (done: number, total: number) => `${done} of ${total} questions settled`,
			agreed: 'The group’s answer',
			reasoning: 'Why this answer?',
			dissent: 'Who sees it differently, and why?',
			dissentHint: 'Leave empty when everyone agrees.',
			distribution: 'How the group answered',
			noAnswers: 'No answers to this question.',
			makeScan: 'Make the group’s scan',
			makeScanHint:
				'The scan gets the answers you record here. Then you see the outcome and the action plan, as with any scan.',
			openOpen: (n: number) =>
				n === 1 ? '1 question has no answer chosen yet. It stays open in the scan.' : `${n} questions have no answer chosen yet. They stay open in the scan.`,
			dissentLabel: 'Seen differently',
			settled: 'The group’s scan has been made.',
			openResults: 'See the outcome',
			openPlan: 'See the action plan',
			remakeHint: 'Did you change something afterwards? Then make the scan again; you get a new scan.',
			remake: 'Make the scan again',
			deleteHeading: 'Delete the participants’ answers',
			deleteText:
				'The group’s scan is ready. The participants’ answers are no longer needed. Delete them if the group agreed to. The group’s scan is kept.',
			deleteButton: 'Delete the participants’ answers',
			deleteConfirmTitle: 'Are you sure?',
			deleteConfirmText: 'The workshop is deleted, with all answers, counts and notes. This cannot be undone.',
			deleteYes: 'Yes, delete the answers',
			deleteNo: 'No, keep them',
			deleted: 'The participants’ answers have been deleted. The group’s scan is kept.'
		},
		pdf: {
			heading: 'Workshop',
			intro: 'This scan was settled together in a workshop. Below you see who took part and where the answers differed.',
			date: 'Date',
			participants: 'Participants',
			handsOnly: 'Counted by hand only',
			rolesLine: (role: string, n: number) => `${role}: ${n}`,
			other: 'Other',
			otherNote: (min: number) => `Roles with fewer than ${min} people are shown together as "Other", so nobody can be recognised.`,
			divergenceHeading: 'Where the answers differed most',
			divergenceNone: 'On no question did the answers lie far apart.',
			scaleNote: 'Median and spread on a scale from 0 (lowest) to 4 (highest). "I don’t know" is not counted in these.',
			everyone: 'Everyone',
			columns: { group: 'Group', people: 'People', median: 'Median', spread: 'Spread' },
			consensusHeading: 'What the group settled',
			agreed: 'Answer',
			reasoning: 'Why',
			dissent: 'Seen differently',
			noReasoning: 'Nothing recorded.',
			namesHeading: 'Who handed in',
			none: '–'
		}
	},
	/** Handing themes to a colleague (issue 12): see nl-workshop.ts. */
	delegation: {
		title: 'Ask a colleague',
		askedBy: (name: string, role: string) => (name && role ? `${name} (${role})` : name || role),
		titles: {
			delegate: 'Ask a colleague',
			'delegate-merge': 'Process your colleague’s answers',
			'delegation-returned': 'Process your colleague’s answers',
			'delegate-return': 'Send answers back',
			delegation: 'Answer themes for a colleague'
		},
		taskList: {
			heading: 'Working with colleagues',
			text: 'Does a colleague know more about a theme? Send those themes to them. You get their answers back and choose what to take over.',
			start: 'Ask a colleague to answer themes',
			merge: 'Process answers sent back',
			outWith: (role: string, date: string) => `With: ${role}, since ${date}`
		},
		part: {
			banner: (askedBy: string, organisation: string) =>
				askedBy ? `Asked by ${askedBy}, for the scan of ${organisation}.` : `Asked for the scan of ${organisation}.`,
			only: 'You only answer these themes. Send your answers back afterwards.',
			noteLabel: 'Message from the person who asked:',
			returnLink: 'Send answers back',
			returnedAt: (date: string) => `You sent your answers back on ${date}.`
		},
		handOut: {
			intro: 'Choose the themes a colleague answers. Your colleague gets a link or a file with the questions and your current answers.',
			notAllowed: 'You cannot hand out themes of this scan. That only works with a scan of your own, not with the example scan or a scan you received from someone.',
			themesLegend: 'Which themes do you hand out?',
			themesHint: 'Choose one or more themes.',
			alreadyOut: (role: string) => `Now with: ${role}`,
			roleLabel: 'Your colleague’s role',
			roleHint: 'For example: policy officer or team leader.',
			noteLabel: 'Message to your colleague (optional)',
			noteHint: 'For example: why you ask about these themes, or when you want the answers back.',
			submit: 'Make link and file',
			making: 'Making…',
			errors: {
				themes: 'Choose at least one theme',
				role: 'Enter your colleague’s role',
				roleTooLong: (max: number) => `The role can have at most ${max} characters`,
				noteTooLong: (max: number) => `The message can have at most ${max} characters`,
				failed: 'Handing out did not work. Please try again.'
			},
			readyHeading: 'Send this to your colleague',
			readyText: (role: string, themes: number) =>
				themes === 1 ? `You hand out 1 theme to: ${role}.` : `You hand out ${themes} themes to: ${role}.`,
			privacy: 'The link and the file contain your answers to these themes. Only send them to this colleague. Nothing goes over the internet: everything is in the link or the file itself.',
			linkLabel: 'Link for your colleague',
			copy: 'Copy link',
			copied: 'The link is on the clipboard.',
			copyFailed: 'Copying did not work. Select the link and copy it yourself.',
			fileHeading: 'Or send a file',
			fileText: 'Is the link too long for your email? Send the file instead. Your colleague opens it in Kwartiermaker.',
			download: 'Download file',
			downloaded: (fileName: string) => `The file was downloaded: ${fileName}`,
			again: 'Hand out other themes',
			toTasks: 'Back to the overview'
		},
		open: {
			askedOn: 'Asked on',
			toHome: 'To the start page',
			title: 'Answer themes for a colleague',
			reading: 'Opening…',
			empty: 'Open the link your colleague sent you. Or choose the file below.',
			fileLabel: 'File with themes to answer',
			fileHint: 'A .json file you received from your colleague.',
			openFile: 'Open file',
			refusedTitle: 'This cannot be opened',
			refusedText: 'Nothing was stored. Ask your colleague for a new link or file.',
			intro: (organisation: string) => `A colleague asks you to answer part of the self-assessment of ${organisation}.`,
			askedBy: 'Asked by',
			organisation: 'Organisation',
			role: 'Your role',
			themes: 'Themes',
			questions: (n: number) => (n === 1 ? '1 question' : `${n} questions`),
			note: 'Message',
			privacy: 'You see the answers your colleague gave so far. You can change them. Your answers stay in this browser until you send them back.',
			start: 'Start',
			starting: 'Getting ready…',
			already: 'You already opened these themes in this browser.',
			continue: 'Continue with your answers',
			failed: 'Opening did not work.'
		},
		giveBack: {
			title: 'Send answers back',
			notPart: 'This scan is not a part handed out to you. There is nothing to send back.',
			building: 'Getting ready…',
			failed: 'Getting ready did not work. Please try again.',
			answered: (answered: number, total: number) => `You answered ${answered} of ${total} questions.`,
			open: (n: number) => (n === 1 ? '1 question is still open.' : `${n} questions are still open.`),
			toCheck: 'Check your answers',
			linkHeading: 'Send the link back',
			linkText: (askedBy: string) =>
				`Send this link to ${askedBy || 'the colleague who asked'}, for example by email. Your colleague opens it in their own browser.`,
			linkLabel: 'Link with your answers',
			fileHeading: 'Or send a file',
			fileText: 'Is the link too long for your email? Send the file instead.',
			recorded: 'Changed something later? Send it back again. Your colleague only sees what is new.'
		},
		merge: {
			title: 'Process your colleague’s answers',
			intro: 'Open the link or the file your colleague sent back. For each question you see your answer and your colleague’s. Nothing changes until you take over an answer.',
			fileLabel: 'File with answers sent back',
			fileHint: 'A .json file you received from your colleague.',
			linkLabel: 'Or paste the link you received',
			openFile: 'Open file',
			openLink: 'Open link',
			reading: 'Opening…',
			refusedTitle: 'This cannot be processed',
			refusedText: 'Nothing in your scan has changed.',
			scanMissing: 'These answers belong to a scan that is not in this browser. Open the link in the browser where you handed out the themes.',
			from: (role: string, date: string) => `Answers from: ${role}, sent back on ${date}.`,
			noRecord: 'This scan no longer knows when you handed out these themes. So for every question where you have an answer of your own, you see both answers.',
			mappedFrom: (version: string) => `Your colleague answered in version ${version} of the questionnaire. The answers were converted to the current questions.`,
			droppedHeading: 'Answers without a question',
			droppedText: 'These questions no longer exist in the current questionnaire, so your colleague’s answer is not taken over. You can read it and use it yourself.',
			droppedQuestion: (id: string) => `Question ${id}`,
			outside: (n: number) => (n === 1 ? '1 answer does not belong to the themes handed out. It is not taken over.' : `${n} answers do not belong to the themes handed out. They are not taken over.`),
			alreadyMerged: (date: string) => `You already processed these answers on ${date}. There is nothing new.`,
			nothingNew: 'There is nothing new: your colleague gave the answers you have now, or changed nothing.',
			counts: (conflicts: number, proposals: number) =>
				`${conflicts === 1 ? '1 question' : `${conflicts} questions`} with two new answers, ${proposals === 1 ? '1 proposal' : `${proposals} proposals`}.`,
			conflictsHeading: 'Both changed',
			conflictsText: 'For these questions both you and your colleague changed the answer after the hand-out. Choose which answer stays.',
			conflictTag: 'Both changed',
			proposalsHeading: 'Your colleague’s proposals',
			proposalsText: 'For these questions only your colleague changed the answer.',
			current: 'Your answer now',
			proposed: 'Your colleague’s answer',
			atHandOut: 'At the hand-out',
			noAnswer: 'No answer',
			noteLabel: 'Explanation',
			accept: 'Take over colleague’s answer',
			keep: 'Keep my answer',
			accepted: 'Taken over',
			kept: 'Your answer stays',
			acceptAll: 'Take over everything',
			acceptAllHint: 'Takes over your colleague’s answer for every question still open, also where you changed something yourself.',
			saving: 'Saving…',
			saveFailed: 'Saving did not work. Nothing has changed. Please try again.',
			done: (accepted: number) => (accepted === 1 ? 'Done. You took over 1 answer.' : `Done. You took over ${accepted} answers.`),
			finish: 'Finish',
			finishHint: 'There is nothing to take over. Finish marks this hand-out as processed in your overview.',
			finished: 'This hand-out is marked as processed in your overview.',
			toTasks: 'To the scan’s overview'
		},
		errors: {
			notOurs: 'This is not a Kwartiermaker link or file with themes to answer.',
			isReturn: 'These are answers sent back. The colleague who handed out the themes opens them.',
			isHandOut: 'These are themes handed out, not answers sent back. Send them to your colleague.',
			tooLarge: (kb: number) => `This is too large. It can be at most ${kb} kB.`,
			empty: 'The file is empty.',
			notJson: 'The file is damaged: it is not valid Kwartiermaker text.',
			forbiddenKey: (key: string) => `The file contains a field that is not allowed (‘${key}’). It was not opened.`,
			tooComplex: 'The file is too complex to open.',
			newer: 'This was made with a newer version of Kwartiermaker. Reload the page to get the newest version, then try again.',
			invalid: (field: string) => `The file is not right: ${field} is wrong.`,
			unexpected: 'Something went wrong while reading. Nothing has changed.',
			otherScan: (theirs: string, ours: string) =>
				`These answers belong to another scan (${theirs}), not to this scan of ${ours}. Nothing has changed.`,
			otherChecklist: 'This belongs to another questionnaire. It cannot be processed.',
			newerChecklist: 'This was made with a newer questionnaire than the one in this browser. Reload the page to get the newest version.',
			fileTooLarge: (kb: number) => `The file is too large. It can be at most ${kb} kB.`,
			fileUnreadable: 'The file could not be read.',
			noLink: 'Paste the link first.'
		},
		fields: {
			version: 'the version',
			handOutId: 'the hand-out’s identifier',
			handedOutAt: 'the date of the hand-out',
			scanId: 'the scan’s identifier',
			checklistId: 'the questionnaire',
			checklistVersion: 'the questionnaire’s version',
			mode: 'the kind of scan',
			phase: 'the phase',
			askedBy: 'who asked',
			role: 'the role',
			note: 'the message',
			themes: 'the themes',
			answers: 'the answers',
			organisation: 'the organisation',
			returnedAt: 'the date of sending back',
			answer: (id: string) => `the answer to question ${id}`,
			unknown: 'a field'
		}
	}
};
