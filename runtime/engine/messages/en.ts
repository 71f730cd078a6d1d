/** The messages in English, the product's second language: the same keys and placeholders as vi.ts. */
import type { vi } from './vi.ts';

export const en: Record<keyof typeof vi, string> = {
  'calendarCheck.calendar': 'The calendar',
  'calendarCheck.calendarInvalid':
    'No working calendar can be built from this data (e.g. no weekday has working hours). Details: {{error}}',
  'calendarCheck.calendarInvalidAt': 'Invalid calendar at {{path}}: {{first}}',

  'components.inputInvalid': 'Components must be a list of component ids.',
  'components.componentUnknown': 'Components not in the procedure: {{unknown}}.',
  'components.componentsMissing': 'Required components are missing: {{names}}.',

  'dossierActions.supplement.label': 'Supplement the dossier',
  'dossierActions.notAwaitingSupplement': 'The dossier is not awaiting a supplement.',
  'dossierActions.inputInvalid': 'input.data must be an object.',
  'dossierActions.withdraw.label': 'Withdraw the dossier',
  'dossierActions.withdrawTooLate': 'The result is issued; the dossier can no longer be withdrawn.',
  'dossierActions.stop.label': 'Stop processing',
  'dossierActions.stopNotice': 'The agency stopped processing your dossier: {{reasons}}.',
  'dossierActions.extend.label': 'Apologise and extend',
  'dossierActions.extendNotAccepted': 'The dossier is not accepted yet: there is no due time to extend.',
  'dossierActions.extendAlreadyUsed': 'A dossier may be extended only once.',
  'dossierActions.extendBadTime':
    'input.promisedAt must be an ISO-8601 time after the current due time ({{due}}).',
  'dossierActions.extendNotice':
    'The agency apologises and sets a new appointment: {{promisedAt}}. Reason: {{reason}}.',
  'dossierActions.extendTooLate':
    'The apology and extension must be issued at least one working day before the due time ({{due}}), that is by {{latest}}.',

  'fees.feeInvalidAmount':
    'Fee "{{label}}" evaluated to {{amount}}: it must be a non-negative integer of VND.',

  'formCheck.formInvalid': 'Form data must be a JSON object.',
  'formCheck.definitionInvalid': 'The procedure’s form is invalid.',
  'formCheck.formFieldsInvalid': 'The form has {{count}} invalid field(s): {{errors}}',

  'forms.boundMaxLength': 'its length (maxLength; default {{n}} characters)',
  'forms.boundMaxItems': 'its number of items (maxItems; default {{n}})',
  'forms.boundMaxProperties': 'its number of entries (maxProperties; default {{n}})',
  'forms.formNotChecked': 'The form data could not be checked: the schema or the data is nested too deeply',
  'forms.formSchemaInvalid': 'The form schema must be a JSON Schema object',
  'forms.formNotObject': 'The form must be an object with a schema',
  'forms.formSchemaBadDialectUri': 'The form schema is invalid: “$schema” must be a URI',
  'forms.formSchemaDialectUnsupported':
    'The form schema is written in the JSON Schema dialect “{{declared}}”, which is not supported; use 2020-12',
  'forms.formData': 'The form data',
  'forms.thisField': 'This field',
  'forms.fieldSubject': '“{{label}}”',
  'forms.mustHaveNoItems': '{{s}} must have no items',
  'forms.requiredWhenFilled': '{{s}} is required when {{other}} is filled in',
  'forms.fieldNotAllowedHere': 'The field “{{name}}” is not allowed here',
  'forms.enum': '{{s}} must be one of: {{list}}',
  'forms.oneOfFields': 'Fill in only one of: {{list}}',
  'forms.anyOfFields': 'Fill in at least one of: {{list}}',
  'forms.oneOfMany': '{{s}} matches more than one of the options',
  'forms.anyOfNone': '{{s}} does not match any of the allowed options',
  'forms.required': '{{s}} is required',
  'forms.type': '{{s}} must be {{w}}',
  'forms.constChecked': '{{s}} must be checked',
  'forms.const': '{{s}} must be {{shown}}',
  'forms.formatKnown': '{{s}} must be a valid {{w}}',
  'forms.formatOther': '{{s}} does not match the format “{{name}}”',
  'forms.pattern': '{{s}} is not in the required format',
  'forms.notEmpty': '{{s}} must not be empty',
  'forms.minLength': '{{s}} must be at least {{n}} characters long',
  'forms.multipleOf': '{{s}} must be a multiple of {{n}}',
  'forms.uniqueItems': '{{s}} has duplicate items (items {{a}} and {{b}})',
  'forms.containsBetween': '{{s}} must contain between {{min}} and {{max}} matching items',
  'forms.propertyName': 'The field name “{{name}}” is not valid',
  'forms.mustBeEmpty': '{{s}} must be left empty',
  'forms.ifThen': '{{s}} does not meet a condition that applies to it',
  'forms.notAllowedValue': '{{s}} has a value that is not allowed',
  'forms.invalid': '{{s}} is not valid',
  'forms.formSchemaInvalidDetail': 'The form schema is invalid: {{detail}}',
  'forms.keywordValue': 'the value of “{{keyword}}”',
  'forms.theSchema': 'the schema',
  'forms.referenceCannotResolved': 'the reference “{{ref}}” cannot be resolved',
  'forms.regularExpressionNotValid': 'the regular expression is not valid',
  'forms.schemaNotCompiled': 'it cannot be compiled ({{message}})',
  'forms.typeString': 'text',
  'forms.typeNumber': 'a number',
  'forms.typeInteger': 'a whole number',
  'forms.typeBoolean': 'yes or no',
  'forms.typeObject': 'a group of fields',
  'forms.typeArray': 'a list',
  'forms.typeNull': 'empty',
  'forms.typeOther': 'of type “{{n}}”',
  'forms.formatDate': 'date',
  'forms.formatTime': 'time',
  'forms.formatDateTime': 'date and time',
  'forms.formatDuration': 'duration',
  'forms.formatEmail': 'email address',
  'forms.formatHostname': 'host name',
  'forms.formatIpv4': 'IPv4 address',
  'forms.formatIpv6': 'IPv6 address',
  'forms.formatUri': 'URI',
  'forms.formatUriReference': 'URI reference',
  'forms.formatIri': 'IRI',
  'forms.formatIriReference': 'IRI reference',
  'forms.formatUriTemplate': 'URI template',
  'forms.formatUrl': 'web address',
  'forms.formatUuid': 'UUID',
  'forms.formatRegex': 'regular expression',
  'forms.formatJsonPointer': 'JSON pointer',
  'forms.formatRelativeJsonPointer': 'relative JSON pointer',
  'forms.formatByte': 'base64 data',
  'forms.formatInt32': '32-bit integer',
  'forms.formatInt64': '64-bit integer',
  'forms.formatFloat': 'decimal number',
  'forms.yes': 'yes',
  'forms.no': 'no',
  'forms.empty': 'empty',
  'forms.fieldUnbounded': 'The field sets no bound on {{bounds}}: submissions get the default',
  'forms.formSchemaKeyword2019':
    'The form schema uses “{{keyword}}” from JSON Schema 2019-09, which 2020-12 replaced',
  'forms.minimum': '{{s}} must be at least {{n}}',
  'forms.maximum': '{{s}} must be at most {{n}}',
  'forms.exclusiveMinimum': '{{s}} must be greater than {{n}}',
  'forms.exclusiveMaximum': '{{s}} must be less than {{n}}',
  'forms.maxItems': '{{s}} must have at most {{n}} items',
  'forms.maxItemsOne': '{{s}} must have at most {{n}} item',
  'forms.maxLength': '{{s}} must be at most {{n}} characters long',
  'forms.maxLengthOne': '{{s}} must be at most {{n}} character long',
  'forms.minItems': '{{s}} must have at least {{n}} items',
  'forms.minItemsOne': '{{s}} must have at least {{n}} item',
  'forms.minContains': '{{s}} must contain at least {{n}} matching items',
  'forms.minContainsOne': '{{s}} must contain at least {{n}} matching item',
  'forms.minProperties': '{{s}} must have at least {{n}} fields filled in',
  'forms.minPropertiesOne': '{{s}} must have at least {{n}} field filled in',
  'forms.maxProperties': '{{s}} must have at most {{n}} fields',
  'forms.maxPropertiesOne': '{{s}} must have at most {{n}} field',
  'forms.or': ' or ',

  'interpreter.procedureInfoOnly': 'This procedure only provides information; it does not take dossiers.',
  'interpreter.channelUnknown': 'Unknown channel "{{channel}}".',
  'interpreter.submittedNotice': 'Your dossier was submitted and awaits reception.',
  'interpreter.eventNotObject': 'The event must be an object: an action or a timer.',
  'interpreter.actionUnknown': 'Unknown action "{{action}}".',
  'interpreter.roleUnknown': 'Unknown role "{{role}}".',
  'interpreter.inputNotObject': 'input must be an object.',
  'interpreter.dossierAwaitingSupplement':
    'The dossier is waiting for the applicant to supplement it; it cannot be processed now.',
  'interpreter.roleNotAllowed': 'Role "{{role}}" may not "{{action}}" (allowed: {{roles}}).',
  'interpreter.unitNotAllowed': 'Unit "{{unit}}" does not handle this dossier.',
  'interpreter.roleNotAllowedHere': 'Role "{{role}}" may not "{{action}}" here (allowed: {{roles}}).',
  'interpreter.timerStale': 'Timer "{{timer}}" no longer applies to this dossier.',
  'interpreter.atStep': ' at step "{{node}}"',
  'interpreter.actionNotAvailable': 'Action "{{action}}" is not available now{{at}}: no open task offers it.',
  'interpreter.unitNotHoldingTask': 'Unit "{{unit}}" does not hold this task (held by: {{units}}).',
  'interpreter.nodeRequired': 'Several steps await "{{action}}"; name the step (node): {{nodes}}.',
  'interpreter.stepOverdue': 'Step "{{step}}" is past its time allotment.',
  'interpreter.dossierOverdue': 'The dossier is overdue.',
  'interpreter.dossierDueSoon': 'The dossier is due within one working day.',

  'lint.allotmentsExceedProcessingTime':
    'The step allotments on the longest path ({{planned}} working hours) exceed the processing time ({{budget}} hours).',
  'lint.feePeriodEmpty': 'Fee line "{{id}}" stops applying ({{until}}) no later than it starts ({{from}}).',
  'lint.feePeriodsOverlap':
    'Fee lines "{{id}}" and "{{id2}}" both charge for "{{purpose}}" over overlapping periods: only one table may apply on any day.',
  'lint.processStartCount': 'The process needs exactly one start; it has {{startsCount}}.',
  'lint.edgeDangling': 'Edge "{{id}}" points to a step "{{edge}}" that does not exist.',
  'lint.edgeConditionIgnored':
    'The condition on edge "{{id}}" is ignored: only a decision\'s outgoing edges have conditions.',
  'lint.duplicateId': 'The id "{{id}}" is used twice.',
  'lint.nodeUnreachable': 'Step "{{id}}" cannot be reached from the start.',
  'lint.nodeNoPathToEnd': 'No path leads from step "{{id}}" to an end (a cycle without exit or a dead end).',
  'lint.nodeConfig': 'The step’s configuration',
  'lint.formCheckEachNotArray':
    'Check "{{id}}" applies to each item of {{each}}, but the form has no such list.',
  'lint.scenarioDuplicateName': 'The scenario name "{{name}}" is used twice.',
  'lint.scenario': 'The scenario',
  'lint.procedureDefinition': 'The procedure definition',
  'lint.nodeTypeUnknown': 'Unknown node type "{{type}}" (known: {{known}}).',
  'lint.nodeIncomingCount': 'Step "{{id}}" has {{count}} incoming edge(s); it needs {{expected}}.',
  'lint.nodeOutgoingCount': 'Step "{{id}}" has {{count}} outgoing edge(s); it needs {{expected}}.',
  'lint.formCheckPathUnknown': 'Check "{{id}}" is about {{path}}, which the form does not have.',
  'lint.formCheckPathUnknownInItem':
    'Check "{{id}}" is about {{path}}, which an item of {{each}} does not have.',

  'nodes.approvalReturnUnclear':
    'Approval "{{id}}" needs returnTo: the step before it is not a single work step.',
  'nodes.approval.label': 'Approval',
  'nodes.approval.description': 'A leader approves, or returns the work for rework.',
  'nodes.approve.label': 'Approve',
  'nodes.return.label': 'Return for rework',
  'nodes.approvalBadReturn': 'The return step "{{target}}" must be a work step of the process.',
  'nodes.requestSupplement.label': 'Request a supplement',
  'nodes.supplementAlreadyRequested': 'A supplement may be requested only once during processing.',
  'nodes.refuse.label': 'Refuse',
  'nodes.refusedNotice': 'Your dossier was refused: {{reasons}}.',
  'nodes.decision.label': 'Decision',
  'nodes.decision.description':
    'Picks one branch by a rule over form data and dossier facts; has a default branch.',
  'nodes.decisionDefaultCount':
    'Decision "{{id}}" needs exactly one default branch (an edge without a condition); it has {{defaultsCount}}.',
  'nodes.delivery.label': 'Deliver the result',
  'nodes.delivery.description': 'Returns the result online, at the counter or by post.',
  'nodes.resultInPersonNoCounter':
    'Result "{{name}}" must be collected in person, but this step does not deliver at the counter.',
  'nodes.end.label': 'End',
  'nodes.end.description': 'Ends the dossier with the chosen outcome.',
  'nodes.finishedNotice': 'Your dossier is finished.',
  'nodes.inputReasonRequired': 'Action "{{action}}" needs written reasons (input.reason or input.reasons).',
  'nodes.inputNotString': 'input.{{key}} must be a string.',
  'nodes.inputNotOneOf': 'input.{{key}} must be one of: {{allowed}}.',
  'nodes.interagency.label': 'Inter-agency',
  'nodes.interagency.description':
    'Hands the dossier to another unit with its own time slice, or consults another unit.',
  'nodes.interagencyComplete.label': 'Complete the inter-agency part',
  'nodes.consult.label': 'Send the consultation',
  'nodes.reply.label': 'Reply to the consultation',
  'nodes.agreeNotBoolean': 'input.agree must be true or false.',
  'nodes.replyOverdue': 'Unit {{unit}} has not replied to the consultation in time.',
  'nodes.join.label': 'Join',
  'nodes.join.description': 'Waits for every parallel branch to finish.',
  'nodes.parallel.label': 'Parallel split',
  'nodes.parallel.description': 'Sends the dossier down every branch at once.',
  'nodes.paymentReferenceRequired':
    "The fee receipt number (or the payment gateway's transaction reference) is required in input.reference, at most {{maxReference}} characters.",
  'nodes.payment.label': 'Payment',
  'nodes.payment.description': 'Waits until the applicant has paid the fees before going on.',
  'nodes.pay.label': 'Record the payment',
  'nodes.paymentAmountMismatch': 'The amount paid ({{amount}}) must equal the amount due: {{due}} VND.',
  'nodes.reception.label': 'Reception',
  'nodes.reception.description':
    'The one-stop office checks the dossier: accept, request a supplement or refuse.',
  'nodes.accept.label': 'Accept',
  'nodes.acceptedNotice': 'Your dossier was accepted. See the receipt and appointment slip.',
  'nodes.nodeTypeExists': 'A node type "{{type}}" is already registered.',
  'nodes.nodeTypeUnknown': 'Unknown node type "{{type}}".',
  'nodes.result.label': 'Issue the result',
  'nodes.result.description': 'Signs and issues the result document.',
  'nodes.resultNotice': 'The result of your dossier is ready.',
  'nodes.resultUnknownDocument': 'Result "{{document}}" is not among the procedure\'s results.',
  'nodes.start.label': 'Start',
  'nodes.start.description': 'The dossier is submitted.',
  'nodes.task.label': 'Task',
  'nodes.task.description': 'A step of work done by a role of a unit within its time allotment.',
  'nodes.complete.label': 'Complete',
  'nodes.outcomeNotOneOf': 'input.outcome must be one of: {{allowed}}.',
  'nodes.resultInPerson':
    'Result "{{names}}" must be collected in person at the counter, not returned online or by post.',
  'nodes.paymentDue': 'Please pay {{amount}} VND in fees.',

  'permissions.definitionInvalid':
    'The procedure definition has {{errorsCount}} error(s) and cannot run (first: {{errors}}).',
  'permissions.dossierFinished': 'The dossier is finished; nothing more can be done.',
  'permissions.timeOutOfOrder': "{{now}} is earlier than the dossier's last event ({{at}}).",

  'processingTime.processingTimeInvalid':
    'The processing time rule evaluated to {{value}}, not a number from 0 to {{maxDuration}}.',

  'roles.citizen': 'Applicant',
  'roles.reception': 'One-stop reception',
  'roles.specialist': 'Specialist',
  'roles.leader': 'Leader',
  'roles.agencyAdmin': 'Agency administrator',
  'roles.designer': 'Procedure designer',
  'roles.approver': 'Process approver',
  'roles.systemAdmin': 'System administrator',
  'roles.auditor': 'Auditor',
  'roles.system': 'System',

  'ruleFailure.ruleFailed': 'The rule at {{path}} failed: {{reason}}',

  'rules.notANumber': 'Operator "{{op}}" got a value that is not a number, or divided by zero.',
  'rules.badArguments': 'Invalid arguments for operator "{{op}}".',
  'rules.ruleError': 'The rule raised the error "{{name}}".',
  'rules.unknownOperator': 'Unsupported operator: "{{op}}".',
  'rules.noCurrentTime': 'The rule uses "today" but no current time (ctx.now) was given.',
  'rules.evalTooDeep': 'The rule is nested too deeply (at most {{limit}} levels).',
  'rules.evalTooLarge': 'The rule is too large (at most {{limit}} nodes).',
  'rules.evalTooMuchWork': 'The rule needs too much work on this data (at most {{limit}} items).',
  'rules.evalFailed': 'The rule could not be evaluated: {{detail}}',
  'rules.exactly': 'exactly {{min}}',
  'rules.atLeast': 'at least {{min}}',
  'rules.between': '{{min}} to {{max}}',
  'rules.ruleUnknownOperator': 'Operator "{{op}}" is not supported.',
  'rules.ruleOperatorNotAllowed':
    'Operator "{{op}}" is for debugging only and may not be used in a procedure definition.',
  'rules.ruleBadArguments': 'The arguments of operator "{{op}}" must be written as a list.',
  'rules.ruleForbiddenPath': 'Path "{{path}}" contains a forbidden part (__proto__, constructor, prototype).',
  'rules.ruleUnknownVariable': 'Variable "{{path}}" does not exist in the form.',
  'rules.ruleNotObjectOperator':
    'An object with {{keys}} keys is not a rule: a rule has exactly one operator.',
  'rules.ruleTooDeep': 'The rule is nested too deeply (at most {{maxDepth}} levels).',
  'rules.ruleTooLarge': 'The rule is too large (at most {{maxNodes}} nodes).',
  'rules.ruleBadArity': 'Operator "{{op}}" takes {{want}} arguments but has {{count}}.',
  'rules.ruleBadArityOne': 'Operator "{{op}}" takes {{want}} argument but has {{count}}.',
  'rules.ruleNotChecked': 'The rule could not be checked: {{detail}}',

  'run.workingDays': 'working days',
  'run.workingHalfDays': 'working half-days',
  'run.workingHours': 'working hours',
  'run.days': 'days',
  'run.nodeUnknown': 'There is no step "{{id}}" in the process.',
  'run.processLoop': 'The process loops forever through automatic steps.',
  'run.processingTimeNotice':
    'The processing time of your dossier is now {{value}} {{unit}}; the result is due {{dueAt}}.',
  'run.supplementNotice': 'Your dossier needs more documents: {{reasons}}.',
  'run.taskAssigned': 'A dossier awaits you at step "{{step}}".',

  'savedScenarios.failed': 'Scenario "{{name}}" fails {{why}}',
  'savedScenarios.atSubmission': 'at submission',
  'savedScenarios.beforeRunning': 'before running',
  'savedScenarios.atEndStatus': 'at the end: the dossier is "{{status}}", expected "{{expected}}".',
  'savedScenarios.atEndFees': 'at the end: the fees total {{total}} VND, expected {{feeTotal}} VND.',
  'savedScenarios.atStep': 'at step {{step}}',
  'savedScenarios.atEndNodes': 'at the end: the dossier is at {{open}}, expected {{expected}}.',
  'savedScenarios.none': '(none)',

  'simulate.scenario': 'The scenario',
  'simulate.scenarioInvalid': 'Invalid scenario at {{path}}: {{first}}',
  'simulate.scenarioTimeOrder': 'Steps must be in time order.',
  'simulate.scenarioBadTime': '{{value}} is not an ISO-8601 time.',

  'time.periodInvalid': '{{pair}} is not a period ["HH:MM","HH:MM"].',
  'time.periodReversed': 'The working period {{pair}}–{{pair2}} must end after it starts.',

  'holidays.tetEve': "Lunar New Year (Lunar New Year's Eve)",
  'holidays.tet1': 'Lunar New Year (day 1)',
  'holidays.tet2': 'Lunar New Year (day 2)',
  'holidays.tet3': 'Lunar New Year (day 3)',
  'holidays.tet4': 'Lunar New Year (day 4)',
  'holidays.newYear': "New Year's Day",
  'holidays.hungKings': "Hùng Kings' Commemoration Day",
  'holidays.reunification': 'Reunification Day',
  'holidays.labourDay': 'International Labour Day',
  'holidays.nationalDay': 'National Day',
  'holidays.compensatoryDayOff': 'Compensatory day off for {{name}}',

  'audit.gap': 'a record is missing (sequence gap)',
  'audit.link': 'does not link to the previous record (prev_hash)',
  'audit.hash': 'its content was altered (hash mismatch)',
  'audit.state': 'the dossier state’s history differs from the event log',
  'audit.anchored': 'Differs from the record an anchor holds (another hash)',
  'audit.truncated': 'Missing: an anchor holds this record but the chain ends before it (tail cut)',
  'audit.deleted': 'Dossier deleted: an anchor holds its event chain',
  'audit.unrecorded': 'Dossier deleted: this entry records its submission but the dossier is gone',

  'installation.databaseIsDemo':
    'this database is a demo one (it has demo accounts with published passwords); initialise a fresh database (another MOTCUA_DATA_DIR or DATABASE_URL)',
  'installation.databaseInitialised': 'this database was initialised already',
  'installation.databaseNotEmpty': 'this database holds units or accounts already',

  'results.notAmongFilesYou': 'it is not among the files you uploaded.',
  'results.alreadyResultAnotherDossier': 'it is already the result of another dossier.',

  'http.notFound': 'There is no such tRPC procedure.',
  'http.invalidJson': 'The input is not valid JSON.',
  'http.methodNotAllowed': 'The method is not supported.',
  'http.bodyTooLarge': 'The request body is too large.',
  'http.badRequest': 'The request is not valid.',
  'http.body': 'The request body',
  'http.querystring': 'The query string',
  'http.params': 'The path parameters',
  'http.headers': 'The request headers',
  'http.input': 'The input',
  'http.notValid': '{{where}} is not valid.',
  'http.internal': 'Something went wrong on our side. Please try again later.',

  'server.oidcLogin': 'The OIDC (VNeID) login',
  'server.paymentGateway': 'The payment gateway',
  'server.collectingBankAccount': 'The collecting bank account',

  'cli.procedureDefinition': 'the procedure definition',
  'cli.formDataFile': 'the form data (--data)',
  'cli.calendarFile': 'the calendar (--calendar)',
  'cli.scenario': 'the scenario',
  'cli.commandTakesNoFurther': 'The "{{command}}" command takes no further argument: {{extra}}.',
  'cli.commandUnknown': 'Unknown command "{{command}}". Commands: {{commands}}. See "motcua --help".',
  'cli.internalError': 'Internal error in motcua: {{message}} (set MOTCUA_DEBUG=1 for details).',
  'cli.systemAdmin': 'the system admin',

  'auth.wrongPassword': 'The current password is wrong.',
  'auth.passwordTooShort': 'The new password must be at least {{minPasswordLength}} characters long.',
  'auth.passwordTooLong': 'The new password must be at most {{maxPasswordLength}} characters long.',
  'auth.passwordIsLogin': 'The new password must not be the login.',
  'auth.invalidCredentials': 'The login or password is wrong.',
  'auth.tooManyAttempts': 'Too many failed sign-in attempts.',
  'auth.tooManyLookups': 'Too many lookups from your address, or too many codes that match no dossier.',
  'auth.invalidToken': 'The access token is not valid, has expired or was revoked.',
  'auth.retryIn': 'Please try again in {{minutes}} minutes.',
  'auth.retryInOne': 'Please try again in {{minutes}} minute.',

  'units.codeInvalid': 'A unit code must be 1–{{maxCode}} letters, digits, dots or underscores (no dash).',
  'units.kindInvalid': 'A unit kind must be 1–{{maxKind}} lower-case letters or underscores, e.g. "commune".',
  'units.nameNeedsViEn': 'A unit name must have "vi" and "en".',
  'units.nameInvalid': "The unit's name ({{lang}}) must not be empty and is at most {{maxName}} characters.",
  'units.codeRequired': 'A unit code is needed (1–{{maxRef}} characters).',
  'units.requestMustObject': 'The request must be an object.',
  'units.unitNotFound': 'There is no unit "{{code}}".',
  'units.unitMerged':
    'Unit "{{code}}" was merged into "{{mergedInto}}" from {{mergedAt}}; use its successor.',
  'units.atMustIso8601': '"at" must be an ISO-8601 instant.',
  'units.unitExists': 'There is a unit "{{code}}" already.',
  'units.giveAtLeastOne': 'Give at least one change: name, kind or parentCode.',
  'units.moveCycle':
    'Cannot move "{{code}}" under "{{parentCode}}": "{{parentCode}}" is the unit itself or lies under it.',
  'units.effectiveatMustIso8601':
    'effectiveAt must be ISO-8601, e.g. 2025-07-01 or 2025-07-01T00:00:00+07:00.',
  'units.unitMergeSelf': 'A unit cannot be merged into itself.',
  'units.unitAlreadyMerged': 'Unit "{{code}}" is already merged into "{{mergedInto}}" from {{mergedAt}}.',
  'units.mergeCycle':
    'Cannot merge "{{code}}" into "{{into}}": "{{into}}" lies under "{{code}}" or merges into it; move "{{into}}" out first.',

  'context.requiresOneRoles': 'This requires one of the roles: {{roles}}.',

  'attachmentLinks.attachmentNotFound': 'There is no attachment "{{id}}".',
  'attachmentLinks.attachmentNotOwned': 'Attachment "{{id}}" was not uploaded by you.',
  'attachmentLinks.attachmentDoesNotFitComponent':
    'File "{{fileName}}" does not fit component "{{componentId}}" of procedure {{procedure}} (no such component).',
  'attachmentLinks.attachmentDoesNotFitType':
    'File "{{fileName}}" does not fit component "{{componentId}}" of procedure {{procedure}} (type not accepted).',
  'attachmentLinks.attachmentDoesNotFitSize':
    'File "{{fileName}}" does not fit component "{{componentId}}" of procedure {{procedure}} (too large).',
  'attachmentLinks.attachmentAlreadySubmitted':
    'Attachment "{{id}}" already belongs to another dossier; upload the file again for this one.',
  'attachmentLinks.attachmentJustSubmitted':
    'An attachment was just submitted with another dossier; upload the file again for this one.',

  'payments.paymentConfirmationRequired':
    'Applicants cannot mark their own fees paid. Pay at the one-stop reception of unit {{unitCode}}: the officer takes the payment, issues a receipt and records it (or pay online where the portal offers it: the payment gateway confirms it). The dossier moves on as soon as the payment is confirmed.',

  'unitFile.fileMustList1': 'The file must list 1 to {{maxUnits}} units.',
  'unitFile.jsonUnitFileMust': 'A JSON unit file must have "format": "{{unitFileFormat}}" and "version": 1.',
  'unitFile.unitsMustList': '"units" must be a list.',
  'unitFile.csvFileCannotRead': 'The CSV file cannot be read: {{error}}',
  'unitFile.firstLineCsvFile': 'The first line of the CSV file must be: {{csvColumns}}',
  'unitFile.unitCodeAppearsTwice': 'The unit code "{{code}}" appears twice (first at /units/{{first}}).',
  'unitFile.fileMustHaveExactly':
    'The file must have exactly one root unit (the province, without parentCode); it has {{rootsCount}}.',
  'unitFile.unitOnCycleParents': 'Unit "{{code}}" is on a cycle of parents.',
  'unitFile.notJson': 'The file is not valid JSON: {{error}}',

  'lookup.dossierCodeOrQr': 'A dossier code or QR token is required.',

  'procedures.procedureExists':
    'A procedure with code "{{code}}" exists already; choose another code, or make a new version of it.',
  'procedures.required': '"{{key}}" is required.',
  'procedures.nameNeedsViEn': 'The name needs "vi" and "en".',
  'procedures.fromInvalid': '"from" must be scratch, version or bundle.',
  'procedures.versionConflict':
    'Another version of this procedure was created at the same moment; try again.',
  'procedures.draftConflict':
    'The draft was just saved elsewhere (another tab or person). Reload the latest, or overwrite it with yours.',
  'procedures.definitionMustJsonObject': 'The definition must be a JSON object.',
  'procedures.procedureCodeChanged':
    'The draft\'s procedure code must stay "{{procedureCode}}" (create a new procedure to change it).',
  'procedures.draftHasErrors':
    'The draft has {{errorsCount}} error(s) and cannot be submitted (first: {{errors}}).',
  'procedures.approverIsAuthor': 'The approver cannot be the author of the process.',
  'procedures.rejectionNeedsComment': 'A rejection needs a comment giving the reasons.',
  'procedures.procedureNotFound': 'Procedure "{{code}}" was not found.',
  'procedures.versionStateConflict': 'The version is "{{status}}"; this needs it to be {{expected}}.',

  'catalogue.procedureNotLive': 'Procedure "{{code}}" takes no dossiers now (not published, or retired).',

  'worklists.youHoldNoDossier': 'You hold no dossier-handling role matching this worklist (unit, role).',

  'attachments.componentUnknown': 'Procedure {{code}} has no dossier component "{{componentId}}".',
  'attachments.onlyApplicantOrReception':
    'Only the applicant or a reception officer of a handling unit may add files to this dossier.',
  'attachments.procedureMismatch':
    'Dossier {{code}} belongs to procedure {{procedureCode}}, not {{procedureCode2}}.',
  'attachments.dossierFinished': 'The dossier is finished; no files can be added.',
  'attachments.onlyCitizensReceptionOfficers':
    'Only citizens and reception officers may upload files for a dossier.',
  'attachments.procedureOrDossierRequired': 'Either procedureCode or dossierCode is required.',
  'attachments.resultFileNeedsDossier': 'A result file needs the dossier code (dossierCode).',
  'attachments.onlyOfficersUnitHandling':
    'Only officers of a unit handling the dossier may upload its result file.',
  'attachments.resultUnknown': 'Procedure {{code}} has no result "{{resultId}}".',
  'attachments.youMayNotSee': 'You may not see this attachment.',

  'seed.productionDatabase': 'This database was initialised for production: demo data are never added to it.',

  'procedureVersions.versionNotFound': 'Procedure version "{{versionId}}" was not found.',

  'reconciliation.youMayNotSee': 'You may not see the payments of unit {{unitCode}}.',

  'documents.onlyFilesHandedWith': 'Only files handed in with your own dossiers can be reused.',

  'paymentReceipt.paymentNotFound': 'No fee has been paid for dossier {{code}} yet.',

  'audit.actionRequired': 'action is required.',

  'dossierAccess.dossierNotFound': 'Dossier "{{code}}" was not found.',
  'dossierAccess.youMayNotSee': 'You may not see this dossier.',

  'installation.passwordTooShort':
    "The system admin's password must be at least {{adminPasswordMin}} characters long (it has {{charsCount}}); a memorable sentence is a good choice.",
  'installation.passwordTooLong': 'The password must be at most {{adminPasswordMax}} characters long.',
  'installation.passwordTooFewDistinct':
    'The password must have at least {{adminPasswordDistinct}} different characters.',
  'installation.passwordHasLogin': 'The password must not contain the login.',
  'installation.yearMustFrom1900': 'The year must be from 1900 to 2100.',
  'installation.alreadySetUp': 'Cannot initialise: {{what}}.',
  'installation.login3100Letters': 'A login is 3–100 letters, digits or . _ @ -',
  'installation.displayName1200': 'A display name is 1–200 characters.',
  'installation.unitTreeNeedsRoot': 'The unit tree needs a root unit.',

  'lifecycle.procedureNotLive': 'Procedure "{{code}}" has no live version to retire.',

  'results.resultFileUnusable': 'File "{{id}}" cannot be the result: {{why}}',
  'results.resultNotIssued': 'Dossier {{code}} has no e-result yet.',
  'results.youMayNotDownload': 'You may not download this result.',
  'results.resultNotFound':
    'No result was issued with this verification code: the copy you hold was not issued by this system.',
  'results.notUploadedAsResult': 'it was not uploaded as the result (field resultId).',
  'results.notUploadedAsResultNamed': 'it was not uploaded as the result "{{document}}" (field resultId).',

  'drafts.draftNotFound': 'You have no draft application for procedure "{{code}}".',
  'drafts.procedureInfoOnly': 'This procedure only provides information; it does not take dossiers.',
  'drafts.draftGone': 'The draft was submitted or discarded on another device; reload the page.',
  'drafts.draftChanged':
    'The draft was just saved on another device (revision {{current}}); reload to go on from there.',
  'drafts.draftTooLarge':
    'The draft’s form data is too large ({{bytes}} bytes; at most {{max}}). Upload files separately.',

  'ratings.onlyApplicantMayRate': 'Only the applicant may rate the service.',
  'ratings.ratingBeforeResult': 'The dossier has no result yet: rate the service once the result is issued.',
  'ratings.ratingAlreadyGiven': 'You have already rated this dossier; each dossier is rated once.',

  'bundles.mustJsonObject': 'it must be a JSON object.',
  'bundles.formatMust': '"format" must be "{{bundleFormat}}".',
  'bundles.bundleVersionUnsupported':
    'Bundle version {{version}} is not supported (supported: {{bundleVersion}}).',
  'bundles.definitionMustObject': '"definition" must be an object.',
  'bundles.codeInvalid':
    'the procedure code ("code") is missing or malformed: letters, digits, dots and dashes, at most 40.',
  'bundles.bundleInvalid': 'The procedure bundle is malformed: {{reason}}',
  'bundles.notJson': 'not JSON ({{error}}).',

  'reviewComments.onlyApproversAndAuthor':
    'Only approvers comment on a version in review; its author replies to their comments.',
  'reviewComments.commentEmpty': 'The comment is empty.',
  'reviewComments.commentTooLong':
    'The comment is longer than {{reviewCommentMax}} characters; make it shorter.',
  'reviewComments.kindInvalid': 'The element kind must be one of: {{reviewTargetKinds}}.',
  'reviewComments.reviewTargetUnknown':
    'Neither this version nor the published one has a {{kind}} "{{key}}" to comment on.',
  'reviewComments.reviewNothingToReply':
    'The author replies to the approvers’ comments; this element has none yet.',
  'reviewComments.reviewClosedForAuthor':
    'The version is approved or published: its comments can no longer be answered.',
  'reviewComments.reviewClosed': 'Comments are written while the version waits for approval.',

  'dossiers.idempotencyKeyReused': 'This Idempotency-Key was already used for a different request.',
  'dossiers.onlyReceptionOfficersUnit':
    'Only reception officers of unit {{unit}} may enter counter or postal dossiers.',
  'dossiers.revisionConflict':
    'The dossier was changed by someone else (current revision: {{current}}); reload and try again.',
  'dossiers.youDoNotHandle': 'You do not handle this dossier.',
  'dossiers.taskNotFound': 'No open task "{{taskId}}".',
  'dossiers.assigneeidMustUserId': 'assigneeId must be a user id or null.',
  'dossiers.onlyLeaderUnitHolding': 'Only a leader of the unit holding the task may assign it.',
  'dossiers.assigneeNotHolder': 'The assignee does not hold role {{role}} in unit {{unit}}.',
  'dossiers.componentsOnlyAtCounter':
    'Online, components are handed in as uploaded files (attachments); only reception lists components, for dossiers received at the counter or by post.',

  'onlinePayments.onlyApplicantPaysDossier': 'Only the applicant pays the dossier’s fees.',
  'onlinePayments.nothingToPay': 'Dossier {{code}} is not waiting for a payment now.',

  'http.unsupportedMediaType': 'Send the file as multipart/form-data.',
  'http.fileTooLarge': 'The file is larger than {{maxSizeMB}} MB: it cannot be a copy of a result.',
  'http.verifyFileMissing':
    'Send the file to check as the request body (application/pdf or application/octet-stream).',
  'http.oidcDisabled': 'Sign-in with VNeID is not configured on this server.',
  'http.oidcProviderUnavailable': 'The identity provider cannot be reached. Please try again later.',
  'http.oidcExpired': 'The VNeID sign-in has expired or is not valid. Please start again.',
  'http.oidcRefused': 'The identity provider refused the sign-in.',
  'http.oidcUnverified': 'The answer of the identity provider could not be verified.',
  'http.onlySystemOrAgency': 'Only system or agency administrators manage accounts.',
  'http.youMayManageOnly': 'You may manage only accounts and roles of the units you administer.',
  'http.userNotFound': 'There is no such user.',
  'http.jsonNulCharacter': 'The data holds the NUL character (\\u0000), which text may not contain.',
  'http.jsonTooDeep':
    'The JSON is nested too deeply (at most {{maxJsonDepth}} levels of objects and arrays).',
  'http.requestsFromAnotherSite': 'Requests from another site are refused.',
  'http.unitUnknown': 'There is no unit "{{unitCode}}".',
  'http.loginTaken': 'The login "{{login}}" is taken.',
  'http.cannotDisableSelf': 'You cannot disable your own account.',
  'http.databaseUnavailable': 'The database cannot be reached.',
  'http.apiTokenNotFound': 'There is no API token "{{id}}".',
  'http.paymentGatewayDisabled':
    'No online payment gateway is configured on this server: pay the fees at the one-stop reception.',
  'http.methodNotAllowedHere': 'Method {{method}} is not supported here (supported: {{allowed}}).',
  'http.nothingHere': 'There is nothing at this address.',
  'http.badUrl': 'The request URL is not valid.',
  'http.invalidJsonBody': 'The request body is not valid JSON.',
  'http.emptyJsonBody': 'The request body is empty but declared as JSON.',
  'http.jsonOnly': 'Unsupported content type; send application/json.',
  'http.invalidContentLength': 'The body length does not match the Content-Length header.',
  'http.uriTooLong': 'The request URL is too long.',

  'attachments.validationFailed': 'Field “{{name}}” is not valid.',
  'attachments.attachmentFileMissing': 'The file is missing.',
  'attachments.attachmentOneFile': 'Upload one file at a time, in the field “file”.',
  'attachments.attachmentFieldsFirst':
    'The fields componentId (or resultId) and procedureCode (or dossierCode) must come before the file.',
  'attachments.attachmentOneFileOnly': 'Upload one file at a time.',
  'attachments.multipartInvalid':
    'The upload is not valid multipart/form-data (malformed, cut short, or too many fields).',
  'attachments.attachmentTooLarge':
    'The file is larger than the {{max}} allowed for component "{{componentId}}".',
  'attachments.attachmentTypeNotAccepted':
    'The file\'s type could not be recognised from its content; component "{{componentId}}" accepts: {{list}}.',
  'attachments.attachmentTypeNotAcceptedForComponent':
    'The file\'s content is {{sniffed}}, which component "{{componentId}}" does not accept (accepted: {{list}}).',
  'attachments.attachmentMislabelled':
    'The file is labelled {{claim}} but its content is {{sniffed}}; send the right file or fix its name or type.',
  'attachments.attachmentEmpty': 'The attached file is empty.',
  'attachments.attachmentNotFound': 'Attachment "{{id}}" was not found.',

  'server.unauthenticated': 'You must sign in to do this.',

  'cli.argumentMissing': 'Missing the path of {{what}}.',
  'cli.fileNotFound': 'Cannot read the file {{path}} ({{what}}).',
  'cli.databaseNotFound': 'No database at {{dataDir}} (set DATABASE_URL or --data).',
  'cli.passwordMismatch': 'The two passwords differ.',
  'cli.passwordMissing':
    'The password of {{what}} is missing: type it when asked, or give it as the first line of standard input.',
  'cli.optionRequired': 'Missing --{{name}}.',
  'cli.unitCodeMissing': 'Missing the unit code.',
  'cli.created': 'Created',
  'cli.renamed': 'Renamed',
  'cli.moved': 'Moved',
  'cli.argumentInvalid': 'Usage:{{usage}}',
  'cli.atInvalid': '--at must be an ISO-8601 time.',
  'cli.fromInvalid': '--from must be an ISO-8601 time, e.g. 2026-11-23T16:00:00+07:00.',
  'cli.amountInvalid': '--amount must be a number from 0 to {{maxDuration}}.',
  'cli.unitInvalid': '--unit must be one of: {{timeUnits}}.',
  'cli.cutoffInvalid': '--cutoff must be a time "HH:MM", e.g. 17:00.',
  'cli.scenarioInvalid': 'Invalid scenario at /definition: must be the path of a definition.',
  'cli.partitionNeedsPostgres': 'partition works on PostgreSQL only: set DATABASE_URL=postgres://….',
  'cli.partitionsInvalid': '--partitions must be a whole number from 2 to 256, got {{value}}.',
  'cli.auditUsage': 'Usage: motcua audit verify|anchor [--data <dir>] [--at <ISO>]',
  'cli.unitFileExtension': 'The unit file must be .json or .csv: {{path}}',
  'cli.unitFileUnreadable': 'Cannot read the file {{path}}.',
  'cli.unitTreeFile': 'the unit tree file, .json or .csv',
  'cli.adminLogin': 'the system admin’s login',
  'cli.yearInvalid': '--year must be a year, e.g. 2026.',
  'cli.argumentUnknown': 'The "{{command}}" command does not take {{unknown}} (it takes: {{known}}).',
  'cli.definitionInvalid':
    'The definition has {{count}} error(s); run "motcua lint" to see them. First: {{first}}',
  'cli.optionMissing': 'Missing --{{name}} ({{what}}).',
  'cli.fileNotJson': 'The file {{path}} ({{what}}) is not valid JSON: {{error}}',

  'server.environmentVariableNotValid':
    'Environment variable {{name}}="{{raw}}" is not valid: expected an integer from {{min}} to {{max}}.',
  'server.partlyConfigured': '{{what}} is only partly configured; missing: {{missing}}.',
  'server.notValidUrl': '{{n}} is not a valid URL.',
  'server.paymentBankBinMust':
    'PAYMENT_BANK_BIN must be 6 digits (the bank’s NAPAS BIN); PAYMENT_BANK_ACCOUNT at most 19 letters and digits.',
  'server.databaseUrlMustStart': 'DATABASE_URL must start with postgres:// (leave it unset to use SQLite).',
  'server.unknownArguments': 'Unknown argument(s): {{unknown}}',
  'server.workersNotValid': '--workers takes a whole number from 1 to {{max}}, not "{{raw}}".',
  'server.workersNeedPostgres':
    'Several processes (--workers) need PostgreSQL (DATABASE_URL); SQLite serves one process.',
  'server.databaseIsProduction':
    'this database was initialised for production (motcua init): demo data are never added to it; drop --demo.',
  'server.databaseWasNeverSet':
    'the database was never set up. For production run "npx motcua init" (see the README); to try the product, add --demo.',
  'server.standbyBehind':
    "this read-only standby has not replayed all of this version's database migrations: start a server on the primary first.",
};
