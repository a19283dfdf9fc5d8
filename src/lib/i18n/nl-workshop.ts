/**
 * Dutch texts of the werksessie (workshop) screens: set-up, joining, handing in, collecting, counting
 * hands, discussing, projecting and settling. They are a catalogue part of their own, loaded after the first
 * screen (see `language.complete()`), so the start page does not carry them. The keys join those of nl.ts
 * in `Messages`; en-workshop.ts must have exactly the same keys.
 */
import { formatFileSize, formatNumber } from './format.ts';

export const nlWorkshop = {
	/** Werksessie (workshop): words every workshop screen shares. Screens add sections of their own below. */
	workshop: {
		title: 'Werksessie',
		/** The roles participants choose from (ROLE_IDS). */
		roles: {
			beleid: 'Beleid',
			management: 'Management',
			ervaringswerker: 'Ervaringswerker of ervaringsdeskundige',
			uitvoering: 'Uitvoering',
			bestuur: 'Bestuur',
			anders: 'Anders'
		},
		/** How answers reached the facilitator (ANSWER_SOURCES), and counted hands. */
		sources: { qr: 'QR-code', file: 'Bestand', link: 'Link', hands: 'Handen geteld' },
		/** The facilitator's screens (WORKSHOP_PAGES). */
		pages: {
			overview: 'Overzicht',
			collect: 'Antwoorden verzamelen',
			hands: 'Handen tellen',
			discuss: 'Bespreken',
			project: 'Projectie',
			consensus: 'Samen vaststellen'
		},
		notFound: 'Deze werksessie staat niet (meer) op dit apparaat.',
		/** On the results and task list of the scan a werksessie settled: it is the group's, not one person's. */
		resultOf: (date: string, participants: number) =>
			`Dit is de uitkomst van een werksessie op ${date} met ${formatNumber(participants, 'nl')} ${participants === 1 ? 'deelnemer' : 'deelnemers'}. De groep heeft de antwoorden samen vastgesteld.`
	},
	/** Werksessie logic (src/lib/workshop/): reading handed-in answers and invitations, adding them, counted hands. */
	workshopDomain: {
		/** Reading a participant's handed-in answers (file, link or QR code). */
		answers: {
			tooLarge: (bytes: number) => `Deze antwoorden zijn te groot (meer dan ${formatFileSize(bytes, 'nl')}).`,
			empty: 'Er staan geen antwoorden in.',
			notJson: 'Deze antwoorden zijn beschadigd: het is geen geldige JSON.',
			forbiddenKey: (key: string) => `Deze antwoorden zijn niet ingelezen, omdat ze een onveilige veldnaam bevatten ("${key}").`,
			tooDeep: 'Deze antwoorden zijn beschadigd: de gegevens zijn te diep genest.',
			tooManyValues: 'Deze antwoorden zijn te groot: ze bevatten te veel gegevens.',
			otherFormat: 'Dit is een uitnodiging voor een werksessie, geen antwoorden. Deelnemers openen de uitnodiging op hun eigen apparaat.',
			notOurs: 'Dit zijn geen antwoorden uit Kwartiermaker.',
			newer: 'Deze antwoorden zijn gemaakt met een nieuwere versie van Kwartiermaker. Werk de app bij en probeer het opnieuw.',
			invalid: (field: string) => `Deze antwoorden kloppen niet: ${field} klopt niet. Vraag de deelnemer om opnieuw in te leveren.`,
			unexpected: 'Deze antwoorden konden niet worden gelezen. Probeer het opnieuw.'
		},
		/** Reading the invitation in a join link. */
		invite: {
			tooLarge: (bytes: number) => `Deze uitnodiging is te groot (meer dan ${formatFileSize(bytes, 'nl')}).`,
			empty: 'Er staat geen uitnodiging in de link.',
			notJson: 'Deze uitnodiging is beschadigd: het is geen geldige JSON.',
			forbiddenKey: (key: string) => `Deze uitnodiging is niet geopend, omdat ze een onveilige veldnaam bevat ("${key}").`,
			tooDeep: 'Deze uitnodiging is beschadigd: de gegevens zijn te diep genest.',
			tooManyValues: 'Deze uitnodiging is te groot: ze bevat te veel gegevens.',
			otherFormat: 'Dit zijn antwoorden van een deelnemer, geen uitnodiging. Geef ze aan de begeleider van de werksessie.',
			notOurs: 'Dit is geen uitnodiging voor een werksessie van Kwartiermaker.',
			newer: 'Deze uitnodiging is gemaakt met een nieuwere versie van Kwartiermaker. Werk de app bij en open de link opnieuw.',
			invalid: (field: string) => `Deze uitnodiging klopt niet: ${field} klopt niet. Vraag de begeleider om een nieuwe link.`,
			unexpected: 'Deze uitnodiging kon niet worden geopend. Probeer het opnieuw.'
		},
		/** The field a message names. */
		fields: {
			version: 'het versienummer',
			workshopId: 'de code van de werksessie',
			participantId: 'de code van de deelnemer',
			role: 'de rol',
			name: 'de naam',
			checklistId: 'de vragenlijst',
			checklistVersion: 'de versie van de vragenlijst',
			answers: 'de lijst met antwoorden',
			handedInAt: 'het moment van inleveren',
			settings: 'de instellingen',
			organisation: 'de organisatie',
			date: 'de datum',
			phase: 'de fase',
			scope: 'de keuze van de vragen',
			themes: 'de thema’s',
			roles: 'de rollen',
			names: 'de keuze voor namen',
			value: 'een antwoord',
			note: 'een toelichting',
			unknown: 'een onderdeel',
			answer: (questionId: string) => `het antwoord op vraag ${questionId}`
		},
		/** What adding handed-in answers did (participants.ts `outcome`). */
		outcomes: {
			added: 'De antwoorden zijn toegevoegd.',
			replaced: 'Deze deelnemer had al ingeleverd. De nieuwere antwoorden vervangen de oude.',
			keptNewer: 'Deze antwoorden waren er al (of er zijn nieuwere van dezelfde deelnemer). Er is niets veranderd.',
			otherWorkshop: 'Deze antwoorden horen bij een andere werksessie. Ze zijn niet toegevoegd.',
			otherChecklist: 'Deze antwoorden horen bij een andere vragenlijst. Ze zijn niet toegevoegd.',
			tooMany: (max: number) => `Er zijn al ${formatNumber(max, 'nl')} deelnemers. Meer antwoorden passen niet in één werksessie.`
		},
		/** Notices about answers that were added, but not all of them. */
		warnings: {
			olderChecklist: (version: string, appVersion: string) =>
				`Deze deelnemer gebruikte versie ${version} van de vragenlijst. De antwoorden zijn omgezet naar versie ${appVersion}.`,
			newerChecklist: (version: string, appVersion: string) =>
				`Deze antwoorden zijn gegeven met versie ${version} van de vragenlijst. Deze app heeft versie ${appVersion}. Werk de app bij en voeg ze opnieuw toe.`,
			notMigrated: (count: number) =>
				count === 1
					? '1 antwoord past niet bij deze versie van de vragenlijst. Het telt niet mee.'
					: `${formatNumber(count, 'nl')} antwoorden passen niet bij deze versie van de vragenlijst. Ze tellen niet mee.`,
			unknownQuestions: (count: number) =>
				count === 1
					? '1 antwoord hoort bij een vraag die deze vragenlijst niet kent. Het telt niet mee.'
					: `${formatNumber(count, 'nl')} antwoorden horen bij vragen die deze vragenlijst niet kent. Ze tellen niet mee.`,
			invalidValues: (count: number) =>
				count === 1
					? '1 antwoord is geen geldige keuze bij de vraag. Het telt niet mee.'
					: `${formatNumber(count, 'nl')} antwoorden zijn geen geldige keuze bij de vraag. Ze tellen niet mee.`,
			outsideSession: (count: number) =>
				count === 1
					? '1 antwoord hoort bij een vraag die deze werksessie niet stelt. Het telt niet mee.'
					: `${formatNumber(count, 'nl')} antwoorden horen bij vragen die deze werksessie niet stelt. Ze tellen niet mee.`,
			otherRole: 'De rol van deze deelnemer staat niet bij de rollen van de werksessie. De antwoorden tellen wel mee.'
		},
		/** Checks of a show of hands against the number present (hands.ts). */
		hands: {
			totalTooHigh: (total: number, present: number) =>
				`Er zijn ${formatNumber(total, 'nl')} handen geteld, maar er zijn maar ${formatNumber(present, 'nl')} mensen aanwezig.`,
			roleTooHigh: (role: string, total: number, present: number) =>
				`${role}: er zijn ${formatNumber(total, 'nl')} handen geteld, maar er zijn maar ${formatNumber(present, 'nl')} mensen aanwezig.`,
			unknownRole: (role: string) => `${role} staat niet bij de rollen van deze werksessie.`,
		}
	},
	/** Filled by the workshopStorage part of the werksessie work. */
	workshopStorage: {
		/** Uw gegevens: how many werksessies this browser holds. */
		count: (n: number) =>
			n === 0 ? 'Er staan geen werksessies op dit apparaat.' : n === 1 ? 'Er staat 1 werksessie op dit apparaat.' : `Er staan ${formatNumber(n, 'nl')} werksessies op dit apparaat.`,
		/** In the "Alles verwijderen" confirmation, when there are werksessies. */
		deleteToo: (n: number) =>
			n === 1
				? 'Ook de werksessie op dit apparaat wordt verwijderd, met de antwoorden van de deelnemers.'
				: `Ook de ${formatNumber(n, 'nl')} werksessies op dit apparaat worden verwijderd, met de antwoorden van de deelnemers.`,
		/** After restoring a backup with werksessies: how many were added, and how many were already here (kept as they are). */
		restored: (added: number, existing: number) =>
			[
				added === 0 ? '' : added === 1 ? 'De werksessie is teruggezet.' : `${formatNumber(added, 'nl')} werksessies zijn teruggezet.`,
				existing === 0
					? ''
					: existing === 1
						? 'De werksessie in de reservekopie stond al op dit apparaat. Die is niet veranderd.'
						: `${formatNumber(existing, 'nl')} werksessies in de reservekopie stonden al op dit apparaat. Die zijn niet veranderd.`
			]
				.filter(Boolean)
				.join(' '),
		/** Messages of the backup reader about werksessies in a file. */
		backup: {
			/** How a message names a werksessie whose organisation can be read. */
			named: (organisation: string) => `De werksessie van ${organisation}`,
			single: 'De werksessie',
			numbered: (n: number) => `Werksessie ${n}`,
			newer: (workshop: string) =>
				`${workshop} in de reservekopie is gemaakt met een nieuwere versie van Kwartiermaker. Werk de app bij en probeer het opnieuw.`,
			otherChecklist: (workshop: string) =>
				`${workshop} in de reservekopie hoort bij een andere vragenlijst. Deze app kan die werksessie niet inlezen.`,
			newerChecklist: (workshop: string, version: string, appVersion: string) =>
				`${workshop} in de reservekopie is gemaakt met versie ${version} van de vragenlijst. Deze app heeft versie ${appVersion}. Werk de app bij en probeer het opnieuw.`,
			/** `problem` is what is wrong, e.g. "organisatie is te lang …". */
			invalid: (workshop: string, problem: string) => `${workshop} in de reservekopie klopt niet: ${problem}.`,
			notWorkshop: 'het is geen werksessie',
			noList: 'Dit bestand is beschadigd: de lijst met werksessies klopt niet.',
			tooMany: (max: number) => `De reservekopie bevat te veel werksessies (meer dan ${formatNumber(max, 'nl')}).`
		}
	},
	/** QR codes on screen and the camera that reads them (components qr-code and qr-reader), and the links. */
	workshopQr: {
		/** Problems with a code that was read in full. */
		frames: {
			damaged: 'Deze QR-code is beschadigd of niet volledig gelezen. Probeer het nog eens.',
			tooLarge: 'Deze QR-code bevat te veel gegevens voor antwoorden van één deelnemer.',
			otherCode: 'Dit is een andere QR-code. Laat eerst alle codes van de vorige deelnemer lezen, of begin opnieuw.'
		},
		/** Showing a code (one, or several in turn). */
		code: {
			making: 'De QR-code wordt gemaakt…',
			frameOf: (index: number, total: number) => `Code ${index} van ${total}`,
			severalHint: 'De codes wisselen vanzelf. Houd het scherm stil voor de camera tot alle codes zijn gelezen.',
			previous: 'Vorige code',
			next: 'Volgende code',
			pause: 'Stoppen met wisselen',
			play: 'Weer wisselen',
			tooLarge: 'Dit past niet in QR-codes. Gebruik het bestand of de link.',
			failed: 'De QR-code kon niet worden gemaakt. Gebruik het bestand of de link.'
		},
		/** Reading codes with the camera or from a photo. */
		reader: {
			start: 'Camera starten',
			stop: 'Camera stoppen',
			video: 'Camerabeeld',
			idle: 'De camera gaat pas aan als u op "Camera starten" klikt. Het beeld blijft op dit apparaat.',
			starting: 'De camera start…',
			scanning: 'Houd de QR-code van de deelnemer voor de camera.',
			denied: 'De camera mag niet worden gebruikt. U hebt geen toestemming gegeven, of de camera is geblokkeerd.',
			unavailable: 'Er is op dit apparaat geen camera gevonden.',
			error: 'De camera werkt niet. Misschien gebruikt een ander programma hem.',
			fallback: 'U kunt ook een foto van de QR-code maken en die foto hieronder kiezen. Of vraag de deelnemer om de link en plak die.',
			progress: (received: number, total: number) => `Code ${received} van ${total} gelezen. Houd het scherm voor de camera.`,
			read: 'QR-code gelezen.',
			again: 'Opnieuw beginnen',
			photo: 'Foto van een QR-code kiezen',
			photoHint: 'Een foto of schermafbeelding waarop de QR-code goed te zien is.',
			photoReading: 'De foto wordt gelezen…',
			photoNone: 'Op deze foto is geen QR-code gevonden. Maak de foto van dichterbij, recht van voren en scherp.',
			photoUnreadable: 'Deze foto kon niet worden geopend.'
		},
		/** Problems with a join link or an answers link. */
		links: {
			notLink: 'Dit is geen link met antwoorden of een uitnodiging van Kwartiermaker.',
			newer: 'Deze link is gemaakt met een nieuwere versie van Kwartiermaker. Werk de app bij en open de link opnieuw.',
			damaged: 'Deze link is beschadigd of niet volledig gekopieerd. Vraag om een nieuwe link.',
			tooLarge: 'Deze link bevat te veel gegevens.',
			unsupported: 'Deze browser kan de link niet uitpakken. Gebruik een recente versie van Edge, Chrome, Firefox of Safari.'
		}
	},
	/** The facilitator's screen for collecting answers, and the page of an opened answers link. */
	workshopCollect: {
		intro: 'Voeg de antwoorden van de deelnemers toe: met de camera, als bestand of als link. Dubbele antwoorden van dezelfde deelnemer worden herkend: de nieuwste telt.',
		loading: 'De werksessie wordt geopend…',
		handedIn: (count: number) => (count === 1 ? '1 deelnemer heeft ingeleverd' : `${count} deelnemers hebben ingeleverd`),
		perRole: 'Ingeleverd per rol',
		roleColumn: 'Rol',
		countColumn: 'Aantal',
		qrHeading: 'QR-code lezen',
		filesHeading: 'Bestanden toevoegen',
		filesLabel: 'Kies een of meer bestanden met antwoorden',
		filesHint: 'U kunt meerdere bestanden tegelijk kiezen, of ze naar dit vak slepen.',
		dropHere: 'Sleep bestanden hierheen',
		linksHeading: 'Links plakken',
		linksLabel: 'Links met antwoorden',
		linksHint: 'Plak een of meer links. Zet elke link op een eigen regel.',
		linksAdd: 'Links toevoegen',
		linksEmpty: 'Plak eerst een link met antwoorden.',
		itemsHeading: 'Wat u hebt toegevoegd',
		itemQr: 'QR-code',
		itemLink: (index: number) => `Link ${index}`,
		working: 'Bezig…',
		who: (role: string, name: string) => (name ? `${name} (${role})` : role),
		fileTooLarge: 'Dit bestand is te groot voor antwoorden van één deelnemer.',
		fileUnreadable: 'Dit bestand kon niet worden gelezen.',
		saveFailed: 'De antwoorden konden niet worden opgeslagen. Probeer het nog eens.',
		toOverview: 'Terug naar het overzicht',
		/** The page of an answers link opened on the facilitator's device. */
		link: {
			title: 'Antwoorden van een deelnemer',
			reading: 'De link wordt gelezen…',
			empty: 'Er staan geen antwoorden (meer) in deze link. Open de link opnieuw vanuit het bericht van de deelnemer.',
			refusedTitle: 'Deze link kan niet worden gelezen',
			whose: 'Van',
			session: 'Werksessie',
			answers: 'Antwoorden',
			handedInAt: 'Ingeleverd op',
			add: 'Toevoegen aan de werksessie',
			adding: 'Bezig met toevoegen…',
			notOnDevice: 'De werksessie van deze antwoorden staat niet op dit apparaat. Open de link op het apparaat waarop u de werksessie begeleidt.',
			toCollect: 'Naar antwoorden verzamelen',
			toHome: 'Naar de startpagina'
		}
	},
	/** Werksessie: set-up, overview, joining, the participant's scan and handing in (part ws-setup). */
	workshopSetup: {
		/** Home page. */
		home: {
			start: 'Werksessie begeleiden',
			startHint: 'Beantwoord de vragen samen met een groep. Iedereen antwoordt op een eigen telefoon of laptop.',
			title: 'Mijn werksessies',
			none: 'U heeft nog geen werksessies op dit apparaat.',
			date: 'Datum',
			handedIn: 'Ingeleverd',
			status: 'Stand',
			settled: 'Vastgesteld',
			open: 'Nog niet vastgesteld',
			openLink: 'Openen'
		},
		/** How many participants handed in. */
		handedInCount: (count: number) => `${count} ingeleverd`,
		/** The set-up form. */
		form: {
			caption: 'Werksessie begeleiden',
			title: 'Werksessie voorbereiden',
			intro: 'Vul in wat voor werksessie het wordt. Daarna krijgt u een link en een QR-code voor de deelnemers.',
			organisation: 'Naam van de gemeente of organisatie',
			date: 'Datum van de werksessie',
			dateHint: 'Bijvoorbeeld 27 3 2026',
			phase: 'In welke fase is de organisatie?',
			phaseHint: 'Sommige vragen hangen af van de fase.',
			scope: 'Welke vragen stelt u?',
			scopeQuick: 'De snelle scan',
			scopeQuickHint: (questions: number) => `${questions} vragen, de belangrijkste van elk thema.`,
			scopeFull: 'De volledige scan',
			scopeFullHint: (questions: number) => `${questions} vragen over alle thema’s.`,
			scopeThemes: 'Alleen de thema’s die ik kies',
			scopeThemesHint: 'Alle vragen van die thema’s.',
			themes: 'Welke thema’s?',
			themesHint: 'Kies een of meer thema’s.',
			roles: 'Welke rollen zijn er bij de werksessie?',
			rolesHint: 'Deelnemers kiezen een van deze rollen. Kies er minstens één.',
			names: 'Vraagt u de deelnemers om hun naam?',
			namesRequired: 'Ja, een naam is verplicht',
			namesOptional: 'Een naam mag, maar hoeft niet',
			namesNever: 'Nee, niet naar de naam vragen',
			namesNeverHint: 'De antwoorden zijn dan niet terug te leiden naar een persoon, behalve via de rol.',
			submit: 'Werksessie maken',
			creating: 'De werksessie wordt gemaakt…'
		},
		errors: {
			organisation: 'Vul de naam van de gemeente of organisatie in',
			organisationTooLong: (max: number) => `De naam mag niet langer zijn dan ${max} tekens`,
			dateMissing: 'Vul de datum van de werksessie in',
			dateDay: 'De datum moet een dag bevatten',
			dateMonth: 'De datum moet een maand bevatten',
			dateYear: 'De datum moet een jaar bevatten',
			dateYearDigits: 'Het jaar moet vier cijfers hebben',
			dateInvalid: 'De datum moet een echte datum zijn',
			phase: 'Kies de fase van de organisatie',
			scope: 'Kies welke vragen u stelt',
			themes: 'Kies minstens één thema',
			roles: 'Kies minstens één rol',
			names: 'Kies of u naar de naam vraagt',
			saveFailed: 'De werksessie is niet opgeslagen.'
		},
		/** The facilitator's overview of one session. */
		overview: {
			caption: 'Werksessie',
			loading: 'De werksessie wordt geladen…',
			joinTitle: 'Deelnemers doen mee met deze link',
			joinText: 'Laat de QR-code zien op het scherm of stuur de link. Deelnemers openen hem op hun telefoon of laptop.',
			joinLinkLabel: 'Link om mee te doen',
			qrLabel: 'QR-code om mee te doen',
			copy: 'Kopieer link',
			copied: 'De link is gekopieerd.',
			copyFailed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
			linkFailed: 'De link kon niet worden gemaakt in deze browser.',
			summaryTitle: 'Zo is de werksessie ingesteld',
			organisation: 'Organisatie',
			date: 'Datum',
			phase: 'Fase',
			scope: 'Vragen',
			scopeQuick: 'Snelle scan',
			scopeFull: 'Volledige scan',
			scopeThemes: (themes: string) => `Thema’s: ${themes}`,
			questions: (count: number) => (count === 1 ? '1 vraag' : `${count} vragen`),
			roles: 'Rollen',
			names: 'Naam',
			namesRequired: 'Verplicht',
			namesOptional: 'Mag, hoeft niet',
			namesNever: 'Wordt niet gevraagd',
			handedInTitle: 'Ingeleverd',
			handedInTotal: (count: number) => (count === 1 ? '1 deelnemer heeft ingeleverd.' : `${count} deelnemers hebben ingeleverd.`),
			nextTitle: 'Verder met de werksessie',
			settledTitle: 'De werksessie is vastgesteld',
			settledText: 'Van de werksessie is een scan gemaakt. Die scan blijft bestaan als u de werksessie verwijdert.',
			resultScan: 'Naar de scan van de werksessie',
			backupTitle: 'Back-up',
			backupText: 'Bewaar de werksessie met alle ingeleverde antwoorden in een bestand.',
			backup: 'Download back-up van deze werksessie',
			backupDone: (fileName: string) => `De back-up is gedownload: ${fileName}`,
			backupFailed: 'De back-up is niet gelukt.',
			deleteTitle: 'Werksessie verwijderen',
			deleteText: 'Verwijder de werksessie met de ingeleverde antwoorden van de deelnemers.',
			deleteSettledText:
				'De scan is gemaakt. Verwijder nu de werksessie met de antwoorden van de deelnemers. Zo bewaart u niet meer dan nodig is.',
			delete: 'Werksessie verwijderen',
			deleteConfirmTitle: 'Weet u zeker dat u deze werksessie wilt verwijderen?',
			deleteConfirmText:
				'De antwoorden van alle deelnemers worden van dit apparaat verwijderd. Dit kunt u niet ongedaan maken. De scan die van de werksessie is gemaakt, blijft bestaan.',
			deleteConfirm: 'Ja, verwijder de werksessie',
			deleteFailed: 'Het verwijderen is niet gelukt.',
			toHome: 'Naar de startpagina'
		},
		/** A participant opens the join link. */
		join: {
			title: 'Meedoen aan een werksessie',
			reading: 'De uitnodiging wordt gelezen…',
			empty: 'Er is geen uitnodiging gevonden. Open de link of QR-code van de begeleider opnieuw.',
			refusedTitle: 'Deze link werkt niet',
			refusedText: 'Er is niets opgeslagen. Vraag de begeleider om een nieuwe link.',
			otherChecklist: 'Deze werksessie gebruikt een andere vragenlijst dan deze app.',
			damaged: 'De link is beschadigd of onvolledig.',
			intro: (organisation: string) => `U doet mee aan de werksessie van ${organisation}.`,
			organisation: 'Organisatie',
			date: 'Datum',
			asked: 'Vragen',
			privacy: 'Uw antwoorden blijven op dit apparaat tot u ze zelf inlevert bij de begeleider.',
			role: 'Wat is uw rol?',
			roleHint: 'Kies de rol die het best bij u past.',
			name: 'Uw naam',
			nameOptional: 'Uw naam (mag leeg blijven)',
			nameHint: 'De begeleider ziet uw naam bij uw antwoorden.',
			start: 'Beginnen',
			starting: 'Uw vragenlijst wordt gemaakt…',
			already: 'U doet al mee aan deze werksessie op dit apparaat.',
			alreadyAs: (role: string) => `U antwoordt als ${role}.`,
			continue: 'Verder met uw antwoorden',
			errors: {
				role: 'Kies uw rol',
				name: 'Vul uw naam in',
				nameTooLong: (max: number) => `Uw naam mag niet langer zijn dan ${max} tekens`,
				createFailed: 'Uw vragenlijst is niet opgeslagen.'
			}
		},
		/** On the participant's task list and check page. */
		participant: {
			banner: (organisation: string, role: string) => `Werksessie van ${organisation} · u antwoordt als ${role}`,
			handInText: 'Lever uw antwoorden in bij de begeleider. U kunt daarna nog iets wijzigen en opnieuw inleveren.',
			handIn: 'Inleveren',
			handedInAt: (when: string) => `U heeft ingeleverd op ${when}.`
		},
		/** The hand-in page. */
		handIn: {
			caption: 'Werksessie',
			title: 'Antwoorden inleveren',
			building: 'Uw antwoorden worden klaargezet…',
			notParticipant: 'Deze scan hoort niet bij een werksessie.',
			answered: (answered: number, total: number) => `U heeft ${answered} van de ${total} vragen beantwoord.`,
			open: (open: number) =>
				open === 1 ? 'Er is nog 1 vraag open. U kunt toch inleveren.' : `Er zijn nog ${open} vragen open. U kunt toch inleveren.`,
			toCheck: 'Antwoorden nakijken',
			qrTitle: 'Laat de begeleider deze QR-code scannen',
			qrText: 'Houd uw scherm naar de camera van de begeleider.',
			qrLabel: 'QR-code met uw antwoorden',
			fileTitle: 'Of lever een bestand in',
			fileText: 'Download het bestand en geef het aan de begeleider, bijvoorbeeld per e-mail of USB-stick.',
			download: 'Download bestand',
			downloaded: (fileName: string) => `Het bestand is gedownload: ${fileName}`,
			linkTitle: 'Of stuur een link',
			linkText: 'Kopieer de link en stuur hem naar de begeleider.',
			copy: 'Kopieer link',
			copied: 'De link is gekopieerd.',
			copyFailed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
			linkLabel: 'Link met uw antwoorden',
			failed: 'Uw antwoorden konden niet worden klaargezet.',
			recorded: 'Opgeslagen dat u heeft ingeleverd.',
			toTasks: 'Terug naar de vragen'
		}
	},
	/** The group screens of a werksessie: counted hands, discussion, projector, consensus, and the PDF section. */
	workshopGroup: {
		loading: 'De werksessie wordt geladen.',
		backToOverview: 'Terug naar het overzicht van de werksessie',
		saved: 'Opgeslagen.',
		saving: 'Bezig met opslaan…',
		/** Participants, as a count. */
		people: (n: number) => (n === 1 ? '1 persoon' : `${n} mensen`),
		hands: {
			title: 'Handen tellen',
			lead: 'Heeft niet iedereen een telefoon of laptop? Dan kan de groep stemmen met de handen. U telt per antwoord hoeveel handen omhoog gaan.',
			howTo:
				'Laat iedereen tegelijk stemmen, op de tel van drie. Bij een schaal steekt iemand 0 tot 4 vingers op. Een vuist of een kaart betekent "Weet ik niet".',
			notAnonymous:
				'Let op: handen opsteken is niet anoniem. Iedereen ziet wat een ander kiest. Gaat een vraag over macht, bijvoorbeeld tussen managers en ervaringswerkers? Laat mensen dan liever op een briefje stemmen.',
			questionsHeading: 'Vragen van deze werksessie',
			counted: (present: number) => `Geteld: ${present} aanwezig`,
			notCounted: 'Nog niet geteld',
			count: 'Tellen',
			change: 'Telling wijzigen',
			formHeading: 'Telling',
			present: 'Aantal aanwezigen',
			presentHint: 'Hoeveel mensen stemden mee over deze vraag?',
			byRole: 'Per rol geteld',
			byRoleHint: 'Kies dit als de rollen na elkaar stemmen, of gekleurde kaarten hebben.',
			all: 'Hele zaal',
			answer: 'Antwoord',
			countsCaption: 'Aantal handen per antwoord',
			/** The label of one number field: the answer and, when counted per role, the role. */
			countLabel: (answer: string, group: string) => `${answer}, ${group}`,
			total: 'Totaal',
			save: 'Telling opslaan',
			remove: 'Telling verwijderen',
			cancel: 'Annuleren',
			saved: 'De telling is opgeslagen.',
			removed: 'De telling is verwijderd.',
			errors: {
				presentMissing: 'Vul het aantal aanwezigen in',
				notANumber: (label: string) => `Vul bij ${label} een heel getal in, 0 of meer`,
				tooLarge: (label: string, max: number) => `Vul bij ${label} een getal in van ${max} of minder`
			}
		},
		discuss: {
			title: 'Bespreken',
			lead: 'Hier ziet u waar de antwoorden uit elkaar liggen. Begin het gesprek bij de vragen bovenaan.',
			noAnswers: 'Er zijn nog geen antwoorden. Verzamel eerst de antwoorden, of tel handen.',
			settingsHeading: 'Wat de groep ziet',
			showSmallGroups: 'Kleine groepen apart tonen',
			showSmallGroupsHint: (min: number) =>
				`Een rol met minder dan ${min} mensen is herkenbaar. Zet dit alleen aan als de groep dat goed vindt.`,
			showNames: 'Namen tonen',
			showNamesHint: 'Namen staan alleen in de lijst van wie heeft ingeleverd, nooit bij een antwoord.',
			divergentHeading: 'Waar verschillen we het meest',
			divergentIntro:
				'Bovenaan staan de vragen waar de antwoorden het verst uit elkaar liggen, of waar de rollen het meest van elkaar verschillen.',
			divergentNone: 'Bij geen enkele vraag liggen de antwoorden ver uit elkaar.',
			agreedHeading: 'Waar zijn we het over eens',
			agreedNone: 'Er zijn geen vragen waarover iedereen het eens is.',
			notJudgedHeading: 'Te weinig antwoorden',
			notJudgedIntro: 'Bij deze vragen zijn te weinig antwoorden op de schaal om te zeggen of de groep het eens is.',
			notesSummary: (n: number) => (n === 1 ? '1 toelichting van een deelnemer' : `${n} toelichtingen van deelnemers`),
			noteRoleHidden: 'Rol niet getoond',
			divided: 'Verdeeld',
			theme: 'Thema',
			everyone: 'Iedereen',
			answer: 'Antwoord',
			count: 'Aantal',
			distributionCaption: (group: string) => `Verdeling van de antwoorden: ${group}`,
			rolesCaption: 'Per rol: aantal mensen, mediaan en spreiding (schaal 0 tot 4)',
			role: 'Rol',
			people: 'Mensen',
			median: 'Mediaan',
			spread: 'Spreiding',
			scaleNote:
				'Mediaan: het middelste antwoord, op een schaal van 0 (laagst) tot 4 (hoogst). Spreiding: hoe ver de middelste helft van de antwoorden uit elkaar ligt. "Weet ik niet" telt hierin niet mee.',
			none: '–',
			tooFew: 'te weinig mensen om apart te tonen',
			sources: (devices: number, hands: number) => `Bron: ${devices} van een apparaat, ${hands} met handen geteld`,
			project: 'Toon op het scherm',
			settle: 'Vaststellen',
			themesHeading: 'Thema’s per rol',
			themesCaption: 'Mediaan per thema en rol, op een schaal van 0 tot 4',
			handedInHeading: 'Wie heeft ingeleverd',
			handedIn: (n: number) => (n === 1 ? '1 deelnemer heeft ingeleverd.' : `${n} deelnemers hebben ingeleverd.`),
			name: 'Naam',
			noName: 'Geen naam',
			namesHidden: 'Namen zijn verborgen.'
		},
		projector: {
			title: 'Projectie',
			lead: 'Toon één vraag tegelijk op het grote scherm. De antwoorden blijven verborgen tot u ze laat zien.',
			noQuestions: 'Deze werksessie heeft geen vragen.',
			fullScreen: 'Volledig scherm',
			leaveFullScreen: 'Volledig scherm sluiten',
			keysHeading: 'Toetsen',
			keyNext: '→ of Page Down: volgende vraag',
			keyPrevious: '← of Page Up: vorige vraag',
			keyReveal: 'T: antwoorden tonen of verbergen',
			keyEscape: 'Esc: volledig scherm sluiten',
			reveal: 'Toon antwoorden',
			hide: 'Verberg antwoorden',
			hiddenNote: 'De antwoorden zijn nog verborgen. Laat de groep eerst zelf nadenken.',
			next: 'Volgende vraag',
			previous: 'Vorige vraag',
			position: (n: number, total: number) => `Vraag ${n} van ${total}`,
			order: 'Volgorde van de vragen',
			orderDivergent: 'Grootste verschil eerst',
			orderContent: 'Volgorde van de scan',
			timerHeading: 'Klok per thema',
			timerMinutes: 'Minuten per thema',
			timerHint: 'Vul 0 in voor geen klok.',
			timerMinutesError: (max: number) => `Vul een heel getal in van 0 tot en met ${max}`,
			timerSave: 'Klok instellen',
			timerStart: 'Start de klok',
			timerPause: 'Pauzeer de klok',
			timerReset: 'Zet de klok terug',
			timeLeft: (minutes: number, seconds: number) => `Nog ${minutes}:${String(seconds).padStart(2, '0')} voor dit thema`,
			timeUp: (theme: string) => `De tijd voor het thema ${theme} is om.`,
			notes: 'Wat zei de groep?',
			notesHint: 'Wordt vanzelf bewaard.'
		},
		consensus: {
			title: 'Samen vaststellen',
			lead: 'Leg per vraag vast welk antwoord de groep samen kiest, waarom, en wie het anders ziet. Alles wordt meteen bewaard.',
			progress: (done: number, total: number) => `${done} van ${total} vragen vastgesteld`,
			agreed: 'Antwoord van de groep',
			reasoning: 'Waarom dit antwoord?',
			dissent: 'Wie ziet het anders, en waarom?',
			dissentHint: 'Laat leeg als iedereen het eens is.',
			distribution: 'Zo antwoordde de groep',
			noAnswers: 'Geen antwoorden op deze vraag.',
			makeScan: 'Maak de scan van de groep',
			makeScanHint:
				'De scan krijgt de antwoorden die u hier vastlegt. Daarna ziet u de uitkomst en het actieplan, net als bij een gewone scan.',
			openOpen: (n: number) =>
				n === 1 ? 'Bij 1 vraag is nog geen antwoord gekozen. Die blijft open in de scan.' : `Bij ${n} vragen is nog geen antwoord gekozen. Die blijven open in de scan.`,
			/** Put before the dissent in the toelichting of the group's scan. */
			dissentLabel: 'Anders gezien',
			settled: 'De scan van de groep is gemaakt.',
			openResults: 'Bekijk de uitkomst',
			openPlan: 'Bekijk het actieplan',
			remakeHint: 'Hebt u daarna nog iets veranderd? Maak de scan dan opnieuw; u krijgt een nieuwe scan.',
			remake: 'Maak de scan opnieuw',
			deleteHeading: 'Antwoorden van de deelnemers verwijderen',
			deleteText:
				'De scan van de groep is klaar. De antwoorden van de deelnemers zijn nu niet meer nodig. Verwijder ze als de groep dat heeft afgesproken. De scan van de groep blijft bewaard.',
			deleteButton: 'Verwijder de antwoorden van de deelnemers',
			deleteConfirmTitle: 'Weet u het zeker?',
			deleteConfirmText:
				'De werksessie wordt verwijderd, met alle antwoorden, tellingen en aantekeningen. Dit kunt u niet ongedaan maken.',
			deleteYes: 'Ja, verwijder de antwoorden',
			deleteNo: 'Nee, bewaar ze',
			deleted: 'De antwoorden van de deelnemers zijn verwijderd. De scan van de groep blijft bewaard.'
		},
		/** The werksessie section of the PDF of a group's scan. */
		pdf: {
			heading: 'Werksessie',
			intro: 'Deze scan is samen vastgesteld in een werksessie. Hieronder ziet u wie meededen en waar de antwoorden verschilden.',
			date: 'Datum',
			participants: 'Deelnemers',
			handsOnly: 'Alleen handen geteld',
			rolesLine: (role: string, n: number) => `${role}: ${n}`,
			other: 'Overig',
			otherNote: (min: number) => `Rollen met minder dan ${min} mensen staan samen onder "Overig", zodat niemand herkenbaar is.`,
			divergenceHeading: 'Waar verschilden de antwoorden het meest',
			divergenceNone: 'Bij geen enkele vraag lagen de antwoorden ver uit elkaar.',
			scaleNote: 'Mediaan en spreiding op een schaal van 0 (laagst) tot 4 (hoogst). "Weet ik niet" telt hierin niet mee.',
			everyone: 'Iedereen',
			columns: { group: 'Groep', people: 'Mensen', median: 'Mediaan', spread: 'Spreiding' },
			consensusHeading: 'Wat de groep vaststelde',
			agreed: 'Antwoord',
			reasoning: 'Waarom',
			dissent: 'Anders gezien',
			noReasoning: 'Niets vastgelegd.',
			namesHeading: 'Wie leverde in',
			none: '–'
		}
	},
	/**
	 * Thema's uitbesteden (issue 12): the owner hands themes to a colleague, the colleague answers them in their
	 * own browser and sends them back, the owner merges them. Loaded with the werksessie texts, after the first
	 * screen; modules refer to `delegation.errors.*` and `delegation.fields.*` by key.
	 */
	delegation: {
		title: 'Thema’s uitbesteden',
		/** Who asked: name and role as the owner's profile has them; '' when both are empty. */
		askedBy: (name: string, role: string) => (name && role ? `${name} (${role})` : name || role),
		titles: {
			delegate: 'Thema’s uitbesteden',
			'delegate-merge': 'Antwoorden van uw collega verwerken',
			'delegation-returned': 'Antwoorden van uw collega verwerken',
			'delegate-return': 'Antwoorden terugsturen',
			delegation: 'Uitbestede thema’s beantwoorden'
		},
		taskList: {
			heading: 'Samenwerken met collega’s',
			text: 'Weet een collega meer over een thema? Stuur die thema’s naar uw collega. U krijgt de antwoorden terug en kiest zelf wat u overneemt.',
			start: 'Thema’s uitbesteden',
			merge: 'Teruggekregen antwoorden verwerken',
			outWith: (role: string, date: string) => `Uitbesteed aan: ${role}, sinds ${date}`
		},
		part: {
			banner: (askedBy: string, organisation: string) =>
				askedBy ? `Gevraagd door ${askedBy}, voor de scan van ${organisation}.` : `Gevraagd voor de scan van ${organisation}.`,
			only: 'U beantwoordt alleen deze thema’s. Stuur uw antwoorden daarna terug.',
			noteLabel: 'Bericht van de vrager:',
			returnLink: 'Antwoorden terugsturen',
			returnedAt: (date: string) => `U stuurde uw antwoorden terug op ${date}.`
		},
		handOut: {
			intro: 'Kies de thema’s die een collega beantwoordt. Uw collega krijgt een link of een bestand met de vragen en uw antwoorden van nu.',
			notAllowed: 'Deze scan kunt u niet uitbesteden. Dat kan alleen met een eigen scan, niet met de voorbeeldscan of een scan die u zelf van iemand kreeg.',
			themesLegend: 'Welke thema’s besteedt u uit?',
			themesHint: 'Kies een of meer thema’s.',
			alreadyOut: (role: string) => `Nu bij: ${role}`,
			roleLabel: 'Rol van uw collega',
			roleHint: 'Bijvoorbeeld: beleidsmedewerker of teamleider.',
			noteLabel: 'Bericht aan uw collega (mag leeg blijven)',
			noteHint: 'Bijvoorbeeld: waarom u deze thema’s vraagt, of wanneer u de antwoorden terug wilt.',
			submit: 'Link en bestand maken',
			making: 'Bezig met maken…',
			errors: {
				themes: 'Kies minstens één thema',
				role: 'Vul de rol van uw collega in',
				roleTooLong: (max: number) => `De rol mag hoogstens ${max} tekens hebben`,
				noteTooLong: (max: number) => `Het bericht mag hoogstens ${max} tekens hebben`,
				failed: 'Het uitbesteden is niet gelukt. Probeer het opnieuw.'
			},
			readyHeading: 'Stuur dit naar uw collega',
			readyText: (role: string, themes: number) =>
				themes === 1 ? `U besteedt 1 thema uit aan: ${role}.` : `U besteedt ${themes} thema’s uit aan: ${role}.`,
			privacy: 'De link en het bestand bevatten uw antwoorden op deze thema’s. Stuur ze alleen aan deze collega. Er gaat niets via internet: alles zit in de link of het bestand zelf.',
			linkLabel: 'Link voor uw collega',
			copy: 'Kopieer link',
			copied: 'De link staat op het klembord.',
			copyFailed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
			fileHeading: 'Of stuur een bestand',
			fileText: 'Is de link te lang voor uw mail? Stuur dan het bestand. Uw collega opent het in Kwartiermaker.',
			download: 'Bestand downloaden',
			downloaded: (fileName: string) => `Het bestand is gedownload: ${fileName}`,
			again: 'Andere thema’s uitbesteden',
			toTasks: 'Terug naar het overzicht'
		},
		open: {
			askedOn: 'Gevraagd op',
			toHome: 'Naar de startpagina',
			title: 'Uitbestede thema’s beantwoorden',
			reading: 'Bezig met openen…',
			empty: 'Open de link die u van uw collega kreeg. Of kies hieronder het bestand.',
			fileLabel: 'Bestand met uitbestede thema’s',
			fileHint: 'Een .json-bestand dat u van uw collega kreeg.',
			openFile: 'Bestand openen',
			refusedTitle: 'Dit kunnen we niet openen',
			refusedText: 'Er is niets opgeslagen. Vraag uw collega om een nieuwe link of een nieuw bestand.',
			intro: (organisation: string) => `Een collega vraagt u om een deel van de zelfscan van ${organisation} te beantwoorden.`,
			askedBy: 'Gevraagd door',
			organisation: 'Organisatie',
			role: 'Uw rol',
			themes: 'Thema’s',
			questions: (n: number) => (n === 1 ? '1 vraag' : `${n} vragen`),
			note: 'Bericht',
			privacy: 'U ziet de antwoorden die uw collega al gaf. U kunt ze aanpassen. Uw antwoorden blijven in deze browser tot u ze terugstuurt.',
			start: 'Beginnen',
			starting: 'Bezig met klaarzetten…',
			already: 'U heeft deze thema’s al geopend in deze browser.',
			continue: 'Verder met uw antwoorden',
			failed: 'Het openen is niet gelukt.'
		},
		giveBack: {
			title: 'Antwoorden terugsturen',
			notPart: 'Deze scan is geen uitbesteed deel. Er is niets terug te sturen.',
			building: 'Bezig met klaarzetten…',
			failed: 'Het klaarzetten is niet gelukt. Probeer het opnieuw.',
			answered: (answered: number, total: number) => `U heeft ${answered} van de ${total} vragen beantwoord.`,
			open: (n: number) => (n === 1 ? 'Er is nog 1 vraag open.' : `Er zijn nog ${n} vragen open.`),
			toCheck: 'Antwoorden controleren',
			linkHeading: 'Stuur de link terug',
			linkText: (askedBy: string) =>
				`Stuur deze link naar ${askedBy || 'de collega die het vroeg'}, bijvoorbeeld per mail. Uw collega opent hem in de eigen browser.`,
			linkLabel: 'Link met uw antwoorden',
			fileHeading: 'Of stuur een bestand',
			fileText: 'Is de link te lang voor uw mail? Stuur dan het bestand.',
			recorded: 'Later nog iets veranderd? Stuur dan opnieuw terug. Uw collega ziet alleen wat nieuw is.'
		},
		merge: {
			title: 'Antwoorden van uw collega verwerken',
			intro: 'Open de link of het bestand dat uw collega terugstuurde. U ziet per vraag uw antwoord en dat van uw collega. Er verandert niets tot u een antwoord overneemt.',
			fileLabel: 'Bestand met teruggestuurde antwoorden',
			fileHint: 'Een .json-bestand dat u van uw collega kreeg.',
			linkLabel: 'Of plak de link die u kreeg',
			openFile: 'Bestand openen',
			openLink: 'Link openen',
			reading: 'Bezig met openen…',
			refusedTitle: 'Dit kunnen we niet verwerken',
			refusedText: 'Er is niets veranderd in uw scan.',
			scanMissing: 'Deze antwoorden horen bij een scan die niet in deze browser staat. Open de link in de browser waarin u de thema’s uitbesteedde.',
			from: (role: string, date: string) => `Antwoorden van: ${role}, teruggestuurd op ${date}.`,
			noRecord: 'Deze scan weet niet meer wanneer u deze thema’s uitbesteedde. Daarom ziet u bij elke vraag waar u zelf een antwoord heeft, beide antwoorden.',
			mappedFrom: (version: string) => `Uw collega antwoordde in versie ${version} van de vragenlijst. De antwoorden zijn omgezet naar de vragen van nu.`,
			droppedHeading: 'Antwoorden zonder vraag',
			droppedText: 'Deze vragen bestaan niet meer in de vragenlijst van nu. Het antwoord van uw collega neemt u daarom niet over. U kunt het lezen en zelf gebruiken.',
			droppedQuestion: (id: string) => `Vraag ${id}`,
			outside: (n: number) => (n === 1 ? '1 antwoord hoort niet bij de uitbestede thema’s. Dat nemen we niet over.' : `${n} antwoorden horen niet bij de uitbestede thema’s. Die nemen we niet over.`),
			alreadyMerged: (date: string) => `U heeft deze antwoorden al verwerkt op ${date}. Er is niets nieuws.`,
			nothingNew: 'Er is niets nieuws: uw collega gaf dezelfde antwoorden als die u nu heeft, of veranderde niets.',
			counts: (conflicts: number, proposals: number) =>
				`${conflicts === 1 ? '1 vraag' : `${conflicts} vragen`} met twee nieuwe antwoorden, ${proposals === 1 ? '1 voorstel' : `${proposals} voorstellen`}.`,
			conflictsHeading: 'Allebei veranderd',
			conflictsText: 'Bij deze vragen veranderden u en uw collega allebei het antwoord, na het uitbesteden. Kies welk antwoord blijft.',
			conflictTag: 'Allebei veranderd',
			proposalsHeading: 'Voorstellen van uw collega',
			proposalsText: 'Bij deze vragen veranderde alleen uw collega het antwoord.',
			current: 'Uw antwoord nu',
			proposed: 'Antwoord van uw collega',
			atHandOut: 'Bij het uitbesteden',
			noAnswer: 'Geen antwoord',
			noteLabel: 'Toelichting',
			accept: 'Antwoord van collega overnemen',
			keep: 'Mijn antwoord houden',
			accepted: 'Overgenomen',
			kept: 'Uw antwoord blijft',
			acceptAll: 'Alles overnemen',
			acceptAllHint: 'Neemt het antwoord van uw collega over bij elke vraag die nog open staat, ook waar u zelf iets veranderde.',
			saving: 'Bezig met opslaan…',
			saveFailed: 'Opslaan is niet gelukt. Er is niets veranderd. Probeer het opnieuw.',
			done: (accepted: number) => (accepted === 1 ? 'Klaar. U nam 1 antwoord over.' : `Klaar. U nam ${accepted} antwoorden over.`),
			finish: 'Afronden',
			finishHint: 'Er is niets over te nemen. Met Afronden staat deze uitbesteding als verwerkt in uw overzicht.',
			finished: 'Deze uitbesteding staat als verwerkt in uw overzicht.',
			toTasks: 'Naar het overzicht van de scan'
		},
		errors: {
			notOurs: 'Dit is geen link of bestand met uitbestede thema’s van Kwartiermaker.',
			isReturn: 'Dit zijn teruggestuurde antwoorden. Die opent de collega die de thema’s uitbesteedde.',
			isHandOut: 'Dit zijn uitbestede thema’s, geen teruggestuurde antwoorden. Stuur ze naar uw collega.',
			tooLarge: (kb: number) => `Dit is te groot. Het mag hoogstens ${kb} kB zijn.`,
			empty: 'Het bestand is leeg.',
			notJson: 'Het bestand is beschadigd: het is geen geldige tekst van Kwartiermaker.',
			forbiddenKey: (key: string) => `Het bestand bevat een veld dat niet mag (‘${key}’). Het is niet geopend.`,
			tooComplex: 'Het bestand is te ingewikkeld om te openen.',
			newer: 'Dit is gemaakt met een nieuwere versie van Kwartiermaker. Laad de pagina opnieuw om de nieuwste versie te krijgen, en probeer het dan nog eens.',
			invalid: (field: string) => `Het bestand klopt niet: ${field} is niet goed.`,
			unexpected: 'Er ging iets mis bij het lezen. Er is niets veranderd.',
			otherScan: (theirs: string, ours: string) =>
				`Deze antwoorden horen bij een andere scan (${theirs}), niet bij deze scan van ${ours}. Er is niets veranderd.`,
			otherChecklist: 'Dit hoort bij een andere vragenlijst dan deze. Het kan niet worden verwerkt.',
			newerChecklist: 'Dit is gemaakt met een nieuwere vragenlijst dan die in deze browser. Laad de pagina opnieuw om de nieuwste versie te krijgen.',
			fileTooLarge: (kb: number) => `Het bestand is te groot. Het mag hoogstens ${kb} kB zijn.`,
			fileUnreadable: 'Het bestand kon niet worden gelezen.',
			noLink: 'Plak eerst de link.'
		},
		fields: {
			version: 'de versie',
			handOutId: 'het kenmerk van de uitbesteding',
			handedOutAt: 'de datum van uitbesteden',
			scanId: 'het kenmerk van de scan',
			checklistId: 'de vragenlijst',
			checklistVersion: 'de versie van de vragenlijst',
			mode: 'de soort scan',
			phase: 'de fase',
			askedBy: 'wie het vroeg',
			role: 'de rol',
			note: 'het bericht',
			themes: 'de thema’s',
			answers: 'de antwoorden',
			organisation: 'de organisatie',
			returnedAt: 'de datum van terugsturen',
			answer: (id: string) => `het antwoord op vraag ${id}`,
			unknown: 'een veld'
		}
	}
} as const;
