/**
 * The engine's, the server's and the CLI's messages in Vietnamese, the product's first language. Keys are stable
 * codes (`area.name`); `{{name}}` is filled by `message()` (index.ts) or by i18next. English is in en.ts, with the
 * same keys and placeholders (messages.test.ts checks both).
 */
export const vi = {
  'calendarCheck.calendar': 'Lịch làm việc',
  'calendarCheck.calendarInvalid':
    'Không dựng được lịch làm việc từ dữ liệu này (ví dụ: không ngày nào trong tuần có giờ làm việc). Chi tiết: {{error}}',
  'calendarCheck.calendarInvalidAt': 'Lịch làm việc không hợp lệ tại {{path}}: {{first}}',

  'components.inputInvalid': 'Thành phần hồ sơ phải là danh sách mã thành phần.',
  'components.componentUnknown': 'Thành phần hồ sơ không có trong thủ tục: {{unknown}}.',
  'components.componentsMissing': 'Thiếu thành phần hồ sơ bắt buộc: {{names}}.',

  'dossierActions.supplement.label': 'Bổ sung hồ sơ',
  'dossierActions.notAwaitingSupplement': 'Hồ sơ không ở trạng thái chờ bổ sung.',
  'dossierActions.inputInvalid': 'input.data phải là một đối tượng.',
  'dossierActions.withdraw.label': 'Rút hồ sơ',
  'dossierActions.withdrawTooLate': 'Đã có kết quả, không thể rút hồ sơ.',
  'dossierActions.stop.label': 'Dừng giải quyết hồ sơ',
  'dossierActions.stopNotice': 'Cơ quan dừng giải quyết hồ sơ: {{reasons}}.',
  'dossierActions.extend.label': 'Xin lỗi và hẹn lại',
  'dossierActions.extendNotAccepted': 'Hồ sơ chưa được tiếp nhận nên chưa có hạn để gia hạn.',
  'dossierActions.extendAlreadyUsed': 'Hồ sơ chỉ được gia hạn một lần.',
  'dossierActions.extendBadTime':
    'input.promisedAt phải là thời điểm ISO-8601 sau thời hạn hiện tại ({{due}}).',
  'dossierActions.extendNotice':
    'Cơ quan xin lỗi và hẹn lại thời gian trả kết quả: {{promisedAt}}. Lý do: {{reason}}.',
  'dossierActions.extendTooLate':
    'Phiếu xin lỗi và hẹn lại phải được ban hành chậm nhất 1 ngày làm việc trước thời hạn giải quyết ({{due}}), tức là chậm nhất lúc {{latest}}.',

  'fees.feeInvalidAmount':
    'Khoản thu "{{label}}" cho kết quả không hợp lệ ({{amount}}): phải là số nguyên VND không âm.',

  'formCheck.formInvalid': 'Dữ liệu tờ khai phải là một đối tượng JSON.',
  'formCheck.definitionInvalid': 'Biểu mẫu của thủ tục không hợp lệ.',
  'formCheck.formFieldsInvalid': 'Tờ khai có {{count}} trường chưa hợp lệ: {{errors}}',

  'forms.boundMaxLength': 'độ dài (maxLength; mặc định {{n}} ký tự)',
  'forms.boundMaxItems': 'số mục (maxItems; mặc định {{n}})',
  'forms.boundMaxProperties': 'số trường (maxProperties; mặc định {{n}})',
  'forms.formNotChecked': 'Không kiểm tra được dữ liệu biểu mẫu: lược đồ hoặc dữ liệu lồng nhau quá sâu',
  'forms.formSchemaInvalid': 'Lược đồ biểu mẫu phải là một đối tượng JSON Schema',
  'forms.formNotObject': 'Biểu mẫu phải là một đối tượng có lược đồ (schema)',
  'forms.formSchemaBadDialectUri': 'Lược đồ biểu mẫu không hợp lệ: “$schema” phải là một địa chỉ URI',
  'forms.formSchemaDialectUnsupported':
    'Lược đồ biểu mẫu viết theo phiên bản JSON Schema “{{declared}}”, không được hỗ trợ; hãy dùng phiên bản 2020-12',
  'forms.formData': 'Dữ liệu biểu mẫu',
  'forms.thisField': 'Trường này',
  'forms.fieldSubject': 'Trường “{{label}}”',
  'forms.mustHaveNoItems': '{{s}} không được có mục nào',
  'forms.requiredWhenFilled': '{{s}} là bắt buộc khi đã điền {{other}}',
  'forms.fieldNotAllowedHere': 'Trường “{{name}}” không được phép có ở đây',
  'forms.enum': '{{s}} phải là một trong các giá trị: {{list}}',
  'forms.oneOfFields': 'Chỉ được điền một trong các trường: {{list}}',
  'forms.anyOfFields': 'Cần điền ít nhất một trong các trường: {{list}}',
  'forms.oneOfMany': '{{s}} khớp với nhiều hơn một lựa chọn',
  'forms.anyOfNone': '{{s}} không khớp với lựa chọn nào được phép',
  'forms.required': '{{s}} là bắt buộc',
  'forms.type': '{{s}} phải {{w}}',
  'forms.constChecked': '{{s}} phải được chọn',
  'forms.const': '{{s}} phải là {{shown}}',
  'forms.formatKnown': '{{s}} phải là {{w}} hợp lệ',
  'forms.formatOther': '{{s}} không đúng định dạng “{{name}}”',
  'forms.pattern': '{{s}} không đúng định dạng yêu cầu',
  'forms.notEmpty': '{{s}} không được để trống',
  'forms.minLength': '{{s}} phải có ít nhất {{n}} ký tự',
  'forms.multipleOf': '{{s}} phải là bội số của {{n}}',
  'forms.uniqueItems': '{{s}} có các mục trùng nhau (mục {{a}} và {{b}})',
  'forms.containsBetween': '{{s}} phải có từ {{min}} đến {{max}} mục phù hợp',
  'forms.propertyName': 'Tên trường “{{name}}” không hợp lệ',
  'forms.mustBeEmpty': '{{s}} phải để trống',
  'forms.ifThen': '{{s}} chưa đáp ứng điều kiện kèm theo',
  'forms.notAllowedValue': '{{s}} có giá trị không được phép',
  'forms.invalid': '{{s}} không hợp lệ',
  'forms.formSchemaInvalidDetail': 'Lược đồ biểu mẫu không hợp lệ: {{detail}}',
  'forms.keywordValue': 'giá trị của “{{keyword}}”',
  'forms.theSchema': 'lược đồ',
  'forms.referenceCannotResolved': 'không tìm thấy định nghĩa được tham chiếu “{{ref}}”',
  'forms.regularExpressionNotValid': 'biểu thức chính quy không hợp lệ',
  'forms.schemaNotCompiled': 'không biên dịch được ({{message}})',
  'forms.typeString': 'là văn bản',
  'forms.typeNumber': 'là số',
  'forms.typeInteger': 'là số nguyên',
  'forms.typeBoolean': 'là giá trị có/không',
  'forms.typeObject': 'là một nhóm thông tin',
  'forms.typeArray': 'là một danh sách',
  'forms.typeNull': 'để trống',
  'forms.typeOther': 'là kiểu “{{n}}”',
  'forms.formatDate': 'ngày',
  'forms.formatTime': 'giờ',
  'forms.formatDateTime': 'ngày giờ',
  'forms.formatDuration': 'khoảng thời gian',
  'forms.formatEmail': 'địa chỉ thư điện tử',
  'forms.formatHostname': 'tên miền',
  'forms.formatIpv4': 'địa chỉ IPv4',
  'forms.formatIpv6': 'địa chỉ IPv6',
  'forms.formatUri': 'địa chỉ URI',
  'forms.formatUriReference': 'tham chiếu URI',
  'forms.formatIri': 'địa chỉ IRI',
  'forms.formatIriReference': 'tham chiếu IRI',
  'forms.formatUriTemplate': 'mẫu URI',
  'forms.formatUrl': 'địa chỉ trang web',
  'forms.formatUuid': 'mã UUID',
  'forms.formatRegex': 'biểu thức chính quy',
  'forms.formatJsonPointer': 'con trỏ JSON',
  'forms.formatRelativeJsonPointer': 'con trỏ JSON tương đối',
  'forms.formatByte': 'dữ liệu mã hoá base64',
  'forms.formatInt32': 'số nguyên 32 bit',
  'forms.formatInt64': 'số nguyên 64 bit',
  'forms.formatFloat': 'số thực',
  'forms.yes': 'có',
  'forms.no': 'không',
  'forms.empty': 'trống',
  'forms.fieldUnbounded': 'Trường không giới hạn {{bounds}}: hồ sơ nộp sẽ theo giới hạn mặc định',
  'forms.formSchemaKeyword2019':
    'Lược đồ biểu mẫu dùng từ khóa “{{keyword}}” của JSON Schema 2019-09, không còn trong 2020-12',
  'forms.minimum': '{{s}} phải lớn hơn hoặc bằng {{n}}',
  'forms.maximum': '{{s}} phải nhỏ hơn hoặc bằng {{n}}',
  'forms.exclusiveMinimum': '{{s}} phải lớn hơn {{n}}',
  'forms.exclusiveMaximum': '{{s}} phải nhỏ hơn {{n}}',
  'forms.maxItems': '{{s}} không được có quá {{n}} mục',
  'forms.maxItemsOne': '{{s}} không được có quá {{n}} mục',
  'forms.maxLength': '{{s}} không được dài quá {{n}} ký tự',
  'forms.maxLengthOne': '{{s}} không được dài quá {{n}} ký tự',
  'forms.minItems': '{{s}} phải có ít nhất {{n}} mục',
  'forms.minItemsOne': '{{s}} phải có ít nhất {{n}} mục',
  'forms.minContains': '{{s}} phải có ít nhất {{n}} mục phù hợp',
  'forms.minContainsOne': '{{s}} phải có ít nhất {{n}} mục phù hợp',
  'forms.minProperties': '{{s}} phải có ít nhất {{n}} thông tin được điền',
  'forms.minPropertiesOne': '{{s}} phải có ít nhất {{n}} thông tin được điền',
  'forms.maxProperties': '{{s}} không được có quá {{n}} thông tin',
  'forms.maxPropertiesOne': '{{s}} không được có quá {{n}} thông tin',
  'forms.or': ' hoặc ',

  'interpreter.procedureInfoOnly': 'Thủ tục này chỉ cung cấp thông tin, không tiếp nhận hồ sơ trực tuyến.',
  'interpreter.channelUnknown': 'Kênh nộp "{{channel}}" không hợp lệ.',
  'interpreter.submittedNotice': 'Hồ sơ đã được nộp và đang chờ tiếp nhận.',
  'interpreter.eventNotObject': 'Sự kiện phải là một đối tượng: một hành động hoặc một hẹn giờ.',
  'interpreter.actionUnknown': 'Hành động "{{action}}" không tồn tại.',
  'interpreter.roleUnknown': 'Vai trò "{{role}}" không tồn tại.',
  'interpreter.inputNotObject': 'input phải là một đối tượng.',
  'interpreter.dossierAwaitingSupplement': 'Hồ sơ đang chờ tổ chức, cá nhân bổ sung; chưa thể xử lý tiếp.',
  'interpreter.roleNotAllowed': 'Vai trò "{{role}}" không được thực hiện "{{action}}" (dành cho: {{roles}}).',
  'interpreter.unitNotAllowed': 'Đơn vị "{{unit}}" không xử lý hồ sơ này.',
  'interpreter.roleNotAllowedHere':
    'Vai trò "{{role}}" không được thực hiện "{{action}}" ở bước này (dành cho: {{roles}}).',
  'interpreter.timerStale': 'Hẹn giờ "{{timer}}" không còn hiệu lực với hồ sơ này.',
  'interpreter.atStep': ' tại bước "{{node}}"',
  'interpreter.actionNotAvailable':
    'Hành động "{{action}}" không thực hiện được lúc này{{at}}: không có công việc nào đang mở cho hành động này.',
  'interpreter.unitNotHoldingTask': 'Đơn vị "{{unit}}" không giữ công việc này (đơn vị xử lý: {{units}}).',
  'interpreter.nodeRequired': 'Có nhiều bước cùng chờ "{{action}}"; hãy chỉ rõ bước (node): {{nodes}}.',
  'interpreter.stepOverdue': 'Bước "{{step}}" đã quá thời gian được giao.',
  'interpreter.dossierOverdue': 'Hồ sơ đã quá hạn giải quyết.',
  'interpreter.dossierDueSoon': 'Hồ sơ sắp đến hạn giải quyết (còn 1 ngày làm việc).',

  'lint.allotmentsExceedProcessingTime':
    'Tổng thời gian các bước trên đường dài nhất ({{planned}} giờ làm việc) vượt thời hạn giải quyết ({{budget}} giờ).',
  'lint.feePeriodEmpty':
    'Khoản thu "{{id}}" có ngày hết áp dụng ({{until}}) không sau ngày bắt đầu áp dụng ({{from}}).',
  'lint.feePeriodsOverlap':
    'Khoản thu "{{id}}" và "{{id2}}" cùng thu cho "{{purpose}}" và có thời gian áp dụng trùng nhau: mỗi ngày chỉ được áp dụng một biểu phí.',
  'lint.processStartCount': 'Quy trình phải có đúng một bước bắt đầu; hiện có {{startsCount}}.',
  'lint.edgeDangling': 'Cạnh "{{id}}" nối tới bước "{{edge}}" không tồn tại.',
  'lint.edgeConditionIgnored':
    'Điều kiện trên cạnh "{{id}}" bị bỏ qua: chỉ cạnh ra từ bước rẽ nhánh mới xét điều kiện.',
  'lint.duplicateId': 'Mã "{{id}}" bị trùng.',
  'lint.nodeUnreachable': 'Không có đường từ bước bắt đầu tới bước "{{id}}".',
  'lint.nodeNoPathToEnd':
    'Từ bước "{{id}}" không có đường tới bước kết thúc (vòng lặp không lối ra hoặc nhánh cụt).',
  'lint.nodeConfig': 'Cấu hình của bước',
  'lint.formCheckEachNotArray':
    'Kiểm tra "{{id}}" áp dụng cho từng mục của {{each}}, nhưng biểu mẫu không có danh sách đó.',
  'lint.scenarioDuplicateName': 'Tên kịch bản "{{name}}" bị trùng.',
  'lint.scenario': 'Kịch bản',
  'lint.procedureDefinition': 'Định nghĩa thủ tục',
  'lint.nodeTypeUnknown': 'Loại bước "{{type}}" không tồn tại (có: {{known}}).',
  'lint.nodeIncomingCount': 'Bước "{{id}}" có {{count}} cạnh vào; cần {{expected}}.',
  'lint.nodeOutgoingCount': 'Bước "{{id}}" có {{count}} cạnh ra; cần {{expected}}.',
  'lint.formCheckPathUnknown': 'Kiểm tra "{{id}}" nói về trường {{path}}, không có trong biểu mẫu.',
  'lint.formCheckPathUnknownInItem':
    'Kiểm tra "{{id}}" nói về trường {{path}}, không có trong mỗi mục của {{each}}.',

  'nodes.approvalReturnUnclear':
    'Bước phê duyệt "{{id}}" cần cấu hình returnTo: bước liền trước không phải là một bước xử lý duy nhất.',
  'nodes.approval.label': 'Phê duyệt',
  'nodes.approval.description': 'Lãnh đạo phê duyệt hoặc trả lại để xử lý lại.',
  'nodes.approve.label': 'Phê duyệt',
  'nodes.return.label': 'Trả lại xử lý lại',
  'nodes.approvalBadReturn': 'Bước trả lại "{{target}}" phải là một bước xử lý có trong quy trình.',
  'nodes.requestSupplement.label': 'Yêu cầu bổ sung hồ sơ',
  'nodes.supplementAlreadyRequested':
    'Cơ quan chỉ được yêu cầu bổ sung hồ sơ một lần trong quá trình giải quyết.',
  'nodes.refuse.label': 'Từ chối',
  'nodes.refusedNotice': 'Hồ sơ bị từ chối: {{reasons}}.',
  'nodes.decision.label': 'Rẽ nhánh',
  'nodes.decision.description':
    'Chọn một nhánh theo quy tắc trên dữ liệu tờ khai và thông tin hồ sơ; có nhánh mặc định.',
  'nodes.decisionDefaultCount':
    'Bước rẽ nhánh "{{id}}" phải có đúng một nhánh mặc định (cạnh không có điều kiện); hiện có {{defaultsCount}}.',
  'nodes.delivery.label': 'Trả kết quả',
  'nodes.delivery.description': 'Trả kết quả trực tuyến, tại Bộ phận Một cửa hoặc qua bưu chính.',
  'nodes.resultInPersonNoCounter':
    'Kết quả "{{name}}" phải nhận trực tiếp, nhưng bước này không trả kết quả tại Bộ phận Một cửa.',
  'nodes.end.label': 'Kết thúc',
  'nodes.end.description': 'Kết thúc hồ sơ với kết quả đã chọn.',
  'nodes.finishedNotice': 'Hồ sơ đã kết thúc.',
  'nodes.inputReasonRequired': 'Hành động "{{action}}" cần nêu rõ lý do (input.reason hoặc input.reasons).',
  'nodes.inputNotString': 'input.{{key}} phải là chuỗi ký tự.',
  'nodes.inputNotOneOf': 'input.{{key}} phải là một trong: {{allowed}}.',
  'nodes.interagency.label': 'Liên thông',
  'nodes.interagency.description':
    'Chuyển hồ sơ cho đơn vị khác xử lý trong thời gian riêng, hoặc xin ý kiến đơn vị khác.',
  'nodes.interagencyComplete.label': 'Hoàn thành phần việc liên thông',
  'nodes.consult.label': 'Gửi xin ý kiến',
  'nodes.reply.label': 'Trả lời xin ý kiến',
  'nodes.agreeNotBoolean': 'input.agree phải là true hoặc false.',
  'nodes.replyOverdue': 'Đơn vị {{unit}} chưa trả lời xin ý kiến đúng hạn.',
  'nodes.join.label': 'Hợp nhánh',
  'nodes.join.description': 'Chờ mọi nhánh song song hoàn thành.',
  'nodes.parallel.label': 'Song song',
  'nodes.parallel.description': 'Chuyển hồ sơ đồng thời sang mọi nhánh.',
  'nodes.paymentReferenceRequired':
    'Cần số biên lai thu phí, lệ phí (hoặc mã giao dịch của cổng thanh toán) trong input.reference, tối đa {{maxReference}} ký tự.',
  'nodes.payment.label': 'Thanh toán phí, lệ phí',
  'nodes.payment.description': 'Chờ tổ chức, cá nhân nộp đủ phí, lệ phí trước khi xử lý tiếp.',
  'nodes.pay.label': 'Ghi nhận đã nộp phí, lệ phí',
  'nodes.paymentAmountMismatch': 'Số tiền nộp ({{amount}}) phải bằng số phải nộp: {{due}} đồng.',
  'nodes.reception.label': 'Tiếp nhận hồ sơ',
  'nodes.reception.description': 'Bộ phận Một cửa kiểm tra hồ sơ: tiếp nhận, yêu cầu bổ sung hoặc từ chối.',
  'nodes.accept.label': 'Tiếp nhận',
  'nodes.acceptedNotice': 'Hồ sơ đã được tiếp nhận. Xem giấy tiếp nhận và hẹn trả kết quả.',
  'nodes.nodeTypeExists': 'Loại bước "{{type}}" đã có.',
  'nodes.nodeTypeUnknown': 'Loại bước "{{type}}" không tồn tại.',
  'nodes.result.label': 'Ban hành kết quả',
  'nodes.result.description': 'Ký và ban hành kết quả giải quyết.',
  'nodes.resultNotice': 'Đã có kết quả giải quyết hồ sơ.',
  'nodes.resultUnknownDocument': 'Kết quả "{{document}}" không có trong danh sách kết quả của thủ tục.',
  'nodes.start.label': 'Bắt đầu',
  'nodes.start.description': 'Hồ sơ được nộp.',
  'nodes.task.label': 'Xử lý',
  'nodes.task.description': 'Một bước xử lý do một vai trò của đơn vị thực hiện trong thời gian được giao.',
  'nodes.complete.label': 'Hoàn thành',
  'nodes.outcomeNotOneOf': 'input.outcome phải là một trong: {{allowed}}.',
  'nodes.resultInPerson':
    'Kết quả "{{names}}" phải được nhận trực tiếp tại Bộ phận Một cửa, không trả trực tuyến hoặc qua bưu chính.',
  'nodes.paymentDue': 'Vui lòng nộp {{amount}} đồng phí, lệ phí.',

  'permissions.definitionInvalid':
    'Định nghĩa thủ tục có {{errorsCount}} lỗi, chưa thể vận hành (lỗi đầu tiên: {{errors}}).',
  'permissions.dossierFinished': 'Hồ sơ đã kết thúc, không thể thực hiện thêm.',
  'permissions.timeOutOfOrder': 'Thời điểm {{now}} sớm hơn sự kiện cuối cùng của hồ sơ ({{at}}).',

  'processingTime.processingTimeInvalid':
    'Quy tắc thời hạn giải quyết cho kết quả không hợp lệ ({{value}}): phải từ 0 đến {{maxDuration}}.',

  'roles.citizen': 'Tổ chức, cá nhân',
  'roles.reception': 'Bộ phận Một cửa',
  'roles.specialist': 'Chuyên viên thụ lý',
  'roles.leader': 'Lãnh đạo',
  'roles.agencyAdmin': 'Quản trị cơ quan',
  'roles.designer': 'Cán bộ cấu hình',
  'roles.approver': 'Người phê duyệt quy trình',
  'roles.systemAdmin': 'Quản trị hệ thống',
  'roles.auditor': 'Thanh tra',
  'roles.system': 'Hệ thống',

  'ruleFailure.ruleFailed': 'Quy tắc tại {{path}} không tính được: {{reason}}',

  'rules.notANumber': 'Toán tử "{{op}}" nhận được giá trị không phải là số, hoặc phép chia cho 0.',
  'rules.badArguments': 'Tham số của toán tử "{{op}}" không hợp lệ.',
  'rules.ruleError': 'Quy tắc báo lỗi "{{name}}".',
  'rules.unknownOperator': 'Toán tử không được hỗ trợ: "{{op}}".',
  'rules.noCurrentTime': 'Quy tắc dùng "today" nhưng không được cung cấp thời điểm hiện tại (ctx.now).',
  'rules.evalTooDeep': 'Quy tắc lồng nhau quá sâu (tối đa {{limit}} cấp).',
  'rules.evalTooLarge': 'Quy tắc quá lớn (tối đa {{limit}} nút).',
  'rules.evalTooMuchWork': 'Quy tắc cần quá nhiều bước tính với dữ liệu này (tối đa {{limit}} phần tử).',
  'rules.evalFailed': 'Không tính được quy tắc: {{detail}}',
  'rules.exactly': 'đúng {{min}}',
  'rules.atLeast': 'ít nhất {{min}}',
  'rules.between': 'từ {{min}} đến {{max}}',
  'rules.ruleUnknownOperator': 'Toán tử "{{op}}" không được hỗ trợ.',
  'rules.ruleOperatorNotAllowed':
    'Toán tử "{{op}}" chỉ dùng để gỡ lỗi, không được dùng trong định nghĩa thủ tục.',
  'rules.ruleBadArguments': 'Các tham số của toán tử "{{op}}" phải được viết thành một danh sách.',
  'rules.ruleForbiddenPath':
    'Đường dẫn "{{path}}" chứa thành phần bị cấm (__proto__, constructor, prototype).',
  'rules.ruleUnknownVariable': 'Biến "{{path}}" không có trong biểu mẫu.',
  'rules.ruleNotObjectOperator':
    'Đối tượng có {{keys}} khóa không phải là một quy tắc: mỗi quy tắc có đúng một toán tử.',
  'rules.ruleTooDeep': 'Quy tắc lồng nhau quá sâu (tối đa {{maxDepth}} cấp).',
  'rules.ruleTooLarge': 'Quy tắc quá lớn (tối đa {{maxNodes}} nút).',
  'rules.ruleBadArity': 'Toán tử "{{op}}" cần {{want}} tham số nhưng có {{count}}.',
  'rules.ruleBadArityOne': 'Toán tử "{{op}}" cần {{want}} tham số nhưng có {{count}}.',
  'rules.ruleNotChecked': 'Không kiểm tra được quy tắc: {{detail}}',

  'run.workingDays': 'ngày làm việc',
  'run.workingHalfDays': 'buổi làm việc',
  'run.workingHours': 'giờ làm việc',
  'run.days': 'ngày',
  'run.nodeUnknown': 'Không có bước "{{id}}" trong quy trình.',
  'run.processLoop': 'Quy trình lặp vô hạn qua các bước tự động.',
  'run.processingTimeNotice':
    'Thời hạn giải quyết hồ sơ được xác định lại: {{value}} {{unit}}, hẹn trả kết quả {{dueAt}}.',
  'run.supplementNotice': 'Hồ sơ cần bổ sung: {{reasons}}.',
  'run.taskAssigned': 'Có hồ sơ mới cần xử lý tại bước "{{step}}".',

  'savedScenarios.failed': 'Kịch bản "{{name}}" không đạt {{why}}',
  'savedScenarios.atSubmission': 'khi nộp hồ sơ',
  'savedScenarios.beforeRunning': 'trước khi chạy',
  'savedScenarios.atEndStatus': 'ở cuối: trạng thái hồ sơ là "{{status}}", cần "{{expected}}".',
  'savedScenarios.atEndFees': 'ở cuối: tổng phí, lệ phí là {{total}} đồng, cần {{feeTotal}} đồng.',
  'savedScenarios.atStep': 'ở bước {{step}}',
  'savedScenarios.atEndNodes': 'ở cuối: hồ sơ đang ở bước {{open}}, cần {{expected}}.',
  'savedScenarios.none': '(không có)',

  'simulate.scenario': 'Kịch bản',
  'simulate.scenarioInvalid': 'Kịch bản không hợp lệ tại {{path}}: {{first}}',
  'simulate.scenarioTimeOrder': 'Các bước phải theo thứ tự thời gian.',
  'simulate.scenarioBadTime': 'Thời điểm {{value}} không đúng định dạng ISO-8601.',

  'time.periodInvalid': '{{pair}} không phải khoảng giờ ["HH:MM","HH:MM"].',
  'time.periodReversed': 'Khoảng giờ làm việc {{pair}}–{{pair2}} phải kết thúc sau khi bắt đầu.',

  'holidays.tetEve': 'Tết Nguyên đán (ngày cuối năm Âm lịch)',
  'holidays.tet1': 'Tết Nguyên đán (mùng 1)',
  'holidays.tet2': 'Tết Nguyên đán (mùng 2)',
  'holidays.tet3': 'Tết Nguyên đán (mùng 3)',
  'holidays.tet4': 'Tết Nguyên đán (mùng 4)',
  'holidays.newYear': 'Tết Dương lịch',
  'holidays.hungKings': 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)',
  'holidays.reunification': 'Ngày Chiến thắng (30/4)',
  'holidays.labourDay': 'Ngày Quốc tế Lao động',
  'holidays.nationalDay': 'Quốc khánh',
  'holidays.compensatoryDayOff': 'Nghỉ bù {{name}}',

  'audit.gap': 'thiếu bản ghi (số thứ tự bị ngắt quãng)',
  'audit.link': 'không nối với bản ghi trước (prev_hash sai)',
  'audit.hash': 'nội dung đã bị sửa (hash không khớp)',
  'audit.state': 'lịch sử trong trạng thái hồ sơ khác với nhật ký sự kiện',
  'audit.anchored': 'Khác với bản ghi mà một mốc neo đã ghi nhận (hash khác)',
  'audit.truncated': 'Thiếu: một mốc neo đã ghi nhận bản ghi này nhưng chuỗi dừng trước nó (bị cắt đuôi)',
  'audit.deleted': 'Hồ sơ đã bị xoá: một mốc neo đã ghi nhận chuỗi sự kiện của nó',
  'audit.unrecorded': 'Hồ sơ đã bị xoá: bản ghi nhật ký này ghi nhận việc nộp hồ sơ nhưng hồ sơ không còn',

  'installation.databaseIsDemo':
    'cơ sở dữ liệu này là bản trình diễn (có tài khoản thử nghiệm với mật khẩu công khai); hãy khởi tạo trên một cơ sở dữ liệu mới (MOTCUA_DATA_DIR hoặc DATABASE_URL khác)',
  'installation.databaseInitialised': 'cơ sở dữ liệu này đã được khởi tạo',
  'installation.databaseNotEmpty': 'cơ sở dữ liệu này đã có đơn vị hoặc tài khoản',

  'results.notAmongFilesYou': 'không có tệp này trong các tệp bạn đã tải lên.',
  'results.alreadyResultAnotherDossier': 'tệp đã là kết quả của một hồ sơ khác.',

  'http.notFound': 'Không có chức năng này.',
  'http.invalidJson': 'Dữ liệu gửi lên không phải JSON hợp lệ.',
  'http.methodNotAllowed': 'Phương thức không được hỗ trợ.',
  'http.bodyTooLarge': 'Nội dung yêu cầu quá lớn.',
  'http.badRequest': 'Yêu cầu không hợp lệ.',
  'http.body': 'Nội dung yêu cầu',
  'http.querystring': 'Tham số truy vấn',
  'http.params': 'Tham số đường dẫn',
  'http.headers': 'Tiêu đề yêu cầu',
  'http.input': 'Dữ liệu đầu vào',
  'http.notValid': '{{where}} không hợp lệ.',
  'http.internal': 'Đã xảy ra lỗi trong hệ thống. Vui lòng thử lại sau.',

  'server.oidcLogin': 'Cấu hình đăng nhập OIDC (VNeID)',
  'server.paymentGateway': 'Cấu hình cổng thanh toán',
  'server.collectingBankAccount': 'Cấu hình tài khoản thu phí',

  'cli.procedureDefinition': 'định nghĩa thủ tục',
  'cli.formDataFile': 'dữ liệu tờ khai (--data)',
  'cli.calendarFile': 'lịch làm việc (--calendar)',
  'cli.scenario': 'kịch bản',
  'cli.commandTakesNoFurther': 'Lệnh "{{command}}" không nhận thêm đối số: {{extra}}.',
  'cli.commandUnknown': 'Không có lệnh "{{command}}". Các lệnh: {{commands}}. Xem "motcua --help".',
  'cli.internalError': 'Lỗi nội bộ của motcua: {{message}} (đặt MOTCUA_DEBUG=1 để xem chi tiết).',
  'cli.systemAdmin': 'quản trị hệ thống',

  'auth.wrongPassword': 'Mật khẩu hiện tại không đúng.',
  'auth.passwordTooShort': 'Mật khẩu mới phải có ít nhất {{minPasswordLength}} ký tự.',
  'auth.passwordTooLong': 'Mật khẩu mới không được dài quá {{maxPasswordLength}} ký tự.',
  'auth.passwordIsLogin': 'Mật khẩu mới không được trùng tên đăng nhập.',
  'auth.invalidCredentials': 'Tên đăng nhập hoặc mật khẩu không đúng.',
  'auth.tooManyAttempts': 'Bạn đã đăng nhập sai quá nhiều lần.',
  'auth.tooManyLookups': 'Địa chỉ của bạn đã tra cứu quá nhiều lần, hoặc quá nhiều mã hồ sơ không tồn tại.',
  'auth.invalidToken': 'Mã truy cập không hợp lệ, đã hết hạn hoặc đã bị thu hồi.',
  'auth.retryIn': 'Vui lòng thử lại sau {{minutes}} phút.',
  'auth.retryInOne': 'Vui lòng thử lại sau {{minutes}} phút.',

  'units.codeInvalid':
    'Mã đơn vị phải gồm 1–{{maxCode}} chữ cái, chữ số, dấu chấm hoặc gạch dưới (không có gạch ngang).',
  'units.kindInvalid':
    'Loại đơn vị phải gồm 1–{{maxKind}} chữ thường không dấu hoặc gạch dưới, ví dụ "commune".',
  'units.nameNeedsViEn': 'Tên đơn vị phải có "vi" và "en".',
  'units.nameInvalid': 'Tên đơn vị ({{lang}}) không được để trống và dài tối đa {{maxName}} ký tự.',
  'units.codeRequired': 'Cần mã đơn vị (1–{{maxRef}} ký tự).',
  'units.requestMustObject': 'Yêu cầu phải là một đối tượng.',
  'units.unitNotFound': 'Không có đơn vị "{{code}}".',
  'units.unitMerged':
    'Đơn vị "{{code}}" đã sáp nhập vào "{{mergedInto}}" từ {{mergedAt}}; hãy dùng đơn vị kế thừa.',
  'units.atMustIso8601': 'Thời điểm phải theo ISO-8601.',
  'units.unitExists': 'Đã có đơn vị mã "{{code}}".',
  'units.giveAtLeastOne': 'Cần ít nhất một thay đổi: name, kind hoặc parentCode.',
  'units.moveCycle':
    'Không thể chuyển "{{code}}" vào "{{parentCode}}": "{{parentCode}}" là chính nó hoặc nằm dưới nó.',
  'units.effectiveatMustIso8601':
    'Ngày hiệu lực phải theo ISO-8601, ví dụ 2025-07-01 hoặc 2025-07-01T00:00:00+07:00.',
  'units.unitMergeSelf': 'Không thể sáp nhập một đơn vị vào chính nó.',
  'units.unitAlreadyMerged':
    'Đơn vị "{{code}}" đã có quyết định sáp nhập vào "{{mergedInto}}" từ {{mergedAt}}.',
  'units.mergeCycle':
    'Không thể sáp nhập "{{code}}" vào "{{into}}": "{{into}}" nằm dưới "{{code}}" hoặc sáp nhập vào nó; hãy chuyển "{{into}}" ra trước.',

  'context.requiresOneRoles': 'Việc này dành cho vai trò: {{roles}}.',

  'attachmentLinks.attachmentNotFound': 'Không có tệp đính kèm "{{id}}".',
  'attachmentLinks.attachmentNotOwned': 'Tệp đính kèm "{{id}}" không do bạn tải lên.',
  'attachmentLinks.attachmentDoesNotFitComponent':
    'Tệp "{{fileName}}" không phù hợp với thành phần "{{componentId}}" của thủ tục {{procedure}} (không có thành phần này).',
  'attachmentLinks.attachmentDoesNotFitType':
    'Tệp "{{fileName}}" không phù hợp với thành phần "{{componentId}}" của thủ tục {{procedure}} (loại tệp không được nhận).',
  'attachmentLinks.attachmentDoesNotFitSize':
    'Tệp "{{fileName}}" không phù hợp với thành phần "{{componentId}}" của thủ tục {{procedure}} (quá dung lượng).',
  'attachmentLinks.attachmentAlreadySubmitted':
    'Tệp đính kèm "{{id}}" đã thuộc một hồ sơ khác; hãy tải tệp lên lại cho hồ sơ này.',
  'attachmentLinks.attachmentJustSubmitted':
    'Một tệp đính kèm vừa được nộp kèm một hồ sơ khác; hãy tải tệp lên lại cho hồ sơ này.',

  'payments.paymentConfirmationRequired':
    'Tổ chức, cá nhân không tự ghi nhận được việc đã nộp phí, lệ phí. Hãy nộp tại Bộ phận Một cửa của đơn vị {{unitCode}}: cán bộ thu tiền, cấp biên lai và ghi nhận khoản nộp (hoặc thanh toán trực tuyến khi cổng dịch vụ công cung cấp, cổng thanh toán sẽ xác nhận). Hồ sơ được xử lý tiếp ngay khi khoản nộp được xác nhận.',

  'unitFile.fileMustList1': 'Tệp phải có từ 1 đến {{maxUnits}} đơn vị.',
  'unitFile.jsonUnitFileMust': 'Tệp JSON phải có "format": "{{unitFileFormat}}" và "version": 1.',
  'unitFile.unitsMustList': '"units" phải là một danh sách.',
  'unitFile.csvFileCannotRead': 'Tệp CSV không đọc được: {{error}}',
  'unitFile.firstLineCsvFile': 'Dòng đầu của tệp CSV phải là: {{csvColumns}}',
  'unitFile.unitCodeAppearsTwice': 'Mã đơn vị "{{code}}" xuất hiện hai lần (lần đầu ở /units/{{first}}).',
  'unitFile.fileMustHaveExactly':
    'Tệp phải có đúng một đơn vị gốc (tỉnh, không có parentCode); có {{rootsCount}}.',
  'unitFile.unitOnCycleParents': 'Đơn vị "{{code}}" nằm trong một vòng lặp cấp trên.',
  'unitFile.notJson': 'Tệp không phải JSON hợp lệ: {{error}}',

  'lookup.dossierCodeOrQr': 'Cần mã hồ sơ hoặc mã QR.',

  'procedures.procedureExists':
    'Đã có thủ tục mang mã "{{code}}"; hãy chọn mã khác, hoặc tạo phiên bản mới của thủ tục đó.',
  'procedures.required': 'Thiếu "{{key}}".',
  'procedures.nameNeedsViEn': 'Tên thủ tục cần có "vi" và "en".',
  'procedures.fromInvalid': '"from" phải là scratch, version hoặc bundle.',
  'procedures.versionConflict': 'Có phiên bản khác của thủ tục vừa được tạo cùng lúc; hãy thử lại.',
  'procedures.draftConflict':
    'Bản nháp vừa được lưu ở nơi khác (một thẻ hoặc một người khác). Hãy tải lại bản mới nhất, hoặc ghi đè bằng bản của bạn.',
  'procedures.definitionMustJsonObject': 'Định nghĩa phải là một đối tượng JSON.',
  'procedures.procedureCodeChanged':
    'Mã thủ tục của bản nháp phải giữ là "{{procedureCode}}" (tạo thủ tục mới để đổi mã).',
  'procedures.draftHasErrors':
    'Bản nháp còn {{errorsCount}} lỗi, chưa thể trình duyệt (lỗi đầu tiên: {{errors}}).',
  'procedures.approverIsAuthor': 'Người phê duyệt không được là người soạn quy trình.',
  'procedures.rejectionNeedsComment': 'Từ chối cần nêu lý do.',
  'procedures.procedureNotFound': 'Không tìm thấy thủ tục "{{code}}".',
  'procedures.versionStateConflict':
    'Phiên bản đang ở trạng thái "{{status}}", không thể thực hiện việc này (cần: {{expected}}).',

  'catalogue.procedureNotLive':
    'Thủ tục "{{code}}" hiện không tiếp nhận hồ sơ (chưa công bố hoặc đã bãi bỏ).',

  'worklists.youHoldNoDossier':
    'Bạn không giữ vai trò xử lý hồ sơ nào phù hợp (đơn vị, vai trò) để xem danh sách công việc này.',

  'attachments.componentUnknown': 'Thủ tục {{code}} không có thành phần hồ sơ "{{componentId}}".',
  'attachments.onlyApplicantOrReception':
    'Chỉ người nộp hồ sơ hoặc cán bộ Bộ phận Một cửa của đơn vị xử lý được bổ sung tệp vào hồ sơ này.',
  'attachments.procedureMismatch':
    'Hồ sơ {{code}} thuộc thủ tục {{procedureCode}}, không phải {{procedureCode2}}.',
  'attachments.dossierFinished': 'Hồ sơ đã kết thúc, không thể bổ sung tệp.',
  'attachments.onlyCitizensReceptionOfficers':
    'Chỉ công dân hoặc cán bộ Bộ phận Một cửa được tải tệp lên cho hồ sơ.',
  'attachments.procedureOrDossierRequired': 'Cần mã thủ tục (procedureCode) hoặc mã hồ sơ (dossierCode).',
  'attachments.resultFileNeedsDossier': 'Tệp kết quả cần mã hồ sơ (dossierCode).',
  'attachments.onlyOfficersUnitHandling': 'Chỉ cán bộ của đơn vị giải quyết hồ sơ được tải lên tệp kết quả.',
  'attachments.resultUnknown': 'Thủ tục {{code}} không có kết quả "{{resultId}}".',
  'attachments.youMayNotSee': 'Bạn không có quyền xem tệp đính kèm này.',

  'seed.productionDatabase':
    'Cơ sở dữ liệu này đã được khởi tạo để vận hành thật: không bao giờ thêm dữ liệu mẫu vào đó.',

  'procedureVersions.versionNotFound': 'Không tìm thấy phiên bản thủ tục "{{versionId}}".',

  'reconciliation.youMayNotSee': 'Bạn không xem được các khoản thu của đơn vị {{unitCode}}.',

  'documents.onlyFilesHandedWith': 'Chỉ dùng lại được tệp đã nộp kèm hồ sơ của chính bạn.',

  'paymentReceipt.paymentNotFound': 'Hồ sơ {{code}} chưa có khoản phí, lệ phí nào được nộp.',

  'audit.actionRequired': 'Thiếu hành động.',

  'dossierAccess.dossierNotFound': 'Không tìm thấy hồ sơ "{{code}}".',
  'dossierAccess.youMayNotSee': 'Bạn không có quyền xem hồ sơ này.',

  'installation.passwordTooShort':
    'Mật khẩu quản trị hệ thống phải có ít nhất {{adminPasswordMin}} ký tự (có {{charsCount}}); một câu dễ nhớ là lựa chọn tốt.',
  'installation.passwordTooLong': 'Mật khẩu không được dài quá {{adminPasswordMax}} ký tự.',
  'installation.passwordTooFewDistinct':
    'Mật khẩu phải có ít nhất {{adminPasswordDistinct}} ký tự khác nhau.',
  'installation.passwordHasLogin': 'Mật khẩu không được chứa tên đăng nhập.',
  'installation.yearMustFrom1900': 'Năm phải từ 1900 đến 2100.',
  'installation.alreadySetUp': 'Không khởi tạo được: {{what}}.',
  'installation.login3100Letters': 'Tên đăng nhập gồm 3–100 chữ cái không dấu, chữ số hoặc . _ @ -',
  'installation.displayName1200': 'Tên hiển thị dài 1–200 ký tự.',
  'installation.unitTreeNeedsRoot': 'Cây đơn vị cần một đơn vị gốc.',

  'lifecycle.procedureNotLive': 'Thủ tục "{{code}}" không có phiên bản đang áp dụng để bãi bỏ.',

  'results.resultFileUnusable': 'Không dùng được tệp "{{id}}" làm kết quả: {{why}}',
  'results.resultNotIssued': 'Hồ sơ {{code}} chưa có kết quả điện tử.',
  'results.youMayNotDownload': 'Bạn không có quyền tải kết quả của hồ sơ này.',
  'results.resultNotFound':
    'Không có kết quả nào được cấp với mã xác thực này: bản bạn giữ không phải do hệ thống cấp.',
  'results.notUploadedAsResult': 'tệp không được tải lên làm kết quả (trường resultId).',
  'results.notUploadedAsResultNamed': 'tệp không được tải lên làm kết quả "{{document}}" (trường resultId).',

  'drafts.draftNotFound': 'Bạn không có bản nháp hồ sơ nào của thủ tục "{{code}}".',
  'drafts.procedureInfoOnly': 'Thủ tục này chỉ cung cấp thông tin, không tiếp nhận hồ sơ trực tuyến.',
  'drafts.draftGone': 'Bản nháp đã được nộp hoặc xóa trên thiết bị khác; hãy tải lại trang.',
  'drafts.draftChanged':
    'Bản nháp vừa được lưu trên thiết bị khác (phiên bản {{current}}); hãy tải lại để tiếp tục từ bản đó.',
  'drafts.draftTooLarge':
    'Dữ liệu biểu mẫu của bản nháp quá lớn ({{bytes}} byte; tối đa {{max}} byte). Tệp đính kèm hãy tải lên riêng.',

  'ratings.onlyApplicantMayRate': 'Chỉ người nộp hồ sơ được đánh giá sự hài lòng.',
  'ratings.ratingBeforeResult': 'Hồ sơ chưa có kết quả: hãy đánh giá sau khi nhận kết quả giải quyết.',
  'ratings.ratingAlreadyGiven': 'Bạn đã đánh giá hồ sơ này; mỗi hồ sơ chỉ được đánh giá một lần.',

  'bundles.mustJsonObject': 'phải là một đối tượng JSON.',
  'bundles.formatMust': '"format" phải là "{{bundleFormat}}".',
  'bundles.bundleVersionUnsupported':
    'Phiên bản gói {{version}} chưa được hỗ trợ (hỗ trợ: {{bundleVersion}}).',
  'bundles.definitionMustObject': '"definition" phải là một đối tượng.',
  'bundles.codeInvalid':
    'mã thủ tục ("code") thiếu hoặc sai dạng: chữ, số, dấu chấm, gạch ngang, tối đa 40 ký tự.',
  'bundles.bundleInvalid': 'Gói thủ tục không hợp lệ: {{reason}}',
  'bundles.notJson': 'không phải JSON ({{error}}).',

  'reviewComments.onlyApproversAndAuthor':
    'Chỉ người phê duyệt góp ý cho phiên bản đang chờ duyệt; người soạn trả lời các góp ý đó.',
  'reviewComments.commentEmpty': 'Góp ý không được để trống.',
  'reviewComments.commentTooLong': 'Góp ý dài quá {{reviewCommentMax}} ký tự; hãy viết ngắn hơn.',
  'reviewComments.kindInvalid': 'Loại phần tử phải là một trong: {{reviewTargetKinds}}.',
  'reviewComments.reviewTargetUnknown':
    'Phiên bản này (và phiên bản đang công bố) không có phần tử "{{key}}" loại {{kind}} để góp ý.',
  'reviewComments.reviewNothingToReply':
    'Người soạn chỉ trả lời góp ý của người phê duyệt; phần tử này chưa có góp ý nào.',
  'reviewComments.reviewClosedForAuthor':
    'Phiên bản đã được phê duyệt hoặc công bố: không còn trả lời góp ý được.',
  'reviewComments.reviewClosed': 'Chỉ góp ý được khi phiên bản đang chờ phê duyệt.',

  'dossiers.idempotencyKeyReused': 'Khóa chống trùng (Idempotency-Key) đã được dùng cho một yêu cầu khác.',
  'dossiers.onlyReceptionOfficersUnit':
    'Chỉ cán bộ Bộ phận Một cửa của đơn vị {{unit}} được nhận hồ sơ tại quầy hoặc qua bưu chính.',
  'dossiers.revisionConflict':
    'Hồ sơ vừa được người khác cập nhật (phiên bản hiện tại: {{current}}); hãy tải lại rồi thực hiện lại.',
  'dossiers.youDoNotHandle': 'Bạn không xử lý hồ sơ này.',
  'dossiers.taskNotFound': 'Không có công việc "{{taskId}}" đang mở.',
  'dossiers.assigneeidMustUserId': 'Cần người được giao (hoặc null).',
  'dossiers.onlyLeaderUnitHolding': 'Chỉ lãnh đạo đơn vị giữ công việc mới được phân công.',
  'dossiers.assigneeNotHolder': 'Người được giao không giữ vai trò {{role}} tại đơn vị {{unit}}.',
  'dossiers.componentsOnlyAtCounter':
    'Hồ sơ trực tuyến nộp thành phần hồ sơ bằng tệp tải lên (attachments); chỉ cán bộ Một cửa liệt kê thành phần (components) khi nhận hồ sơ tại quầy hoặc qua bưu chính.',

  'onlinePayments.onlyApplicantPaysDossier': 'Chỉ người nộp hồ sơ thanh toán được phí, lệ phí của hồ sơ.',
  'onlinePayments.nothingToPay': 'Hồ sơ {{code}} hiện không chờ nộp phí, lệ phí.',

  'http.unsupportedMediaType': 'Hãy gửi tệp dưới dạng multipart/form-data.',
  'http.fileTooLarge': 'Tệp lớn hơn {{maxSizeMB}} MB: không thể là bản kết quả.',
  'http.verifyFileMissing':
    'Hãy gửi tệp cần đối chiếu làm nội dung yêu cầu (application/pdf hoặc application/octet-stream).',
  'http.oidcDisabled': 'Máy chủ này chưa cấu hình đăng nhập bằng VNeID.',
  'http.oidcProviderUnavailable': 'Không kết nối được với nhà cung cấp định danh. Vui lòng thử lại sau.',
  'http.oidcExpired': 'Phiên đăng nhập VNeID đã hết hạn hoặc không hợp lệ. Vui lòng đăng nhập lại.',
  'http.oidcRefused': 'Nhà cung cấp định danh đã từ chối đăng nhập.',
  'http.oidcUnverified': 'Không xác minh được kết quả đăng nhập từ nhà cung cấp định danh.',
  'http.onlySystemOrAgency': 'Chỉ quản trị hệ thống hoặc quản trị cơ quan được quản lý tài khoản.',
  'http.youMayManageOnly': 'Bạn chỉ được quản lý tài khoản và vai trò thuộc đơn vị mình quản trị.',
  'http.userNotFound': 'Không tìm thấy người dùng.',
  'http.jsonNulCharacter': 'Dữ liệu chứa ký tự NUL (\\u0000), không được phép trong văn bản.',
  'http.jsonTooDeep': 'Dữ liệu JSON lồng nhau quá sâu (tối đa {{maxJsonDepth}} cấp đối tượng, mảng).',
  'http.requestsFromAnotherSite': 'Yêu cầu từ trang web khác bị từ chối.',
  'http.unitUnknown': 'Không có đơn vị "{{unitCode}}".',
  'http.loginTaken': 'Tên đăng nhập "{{login}}" đã được dùng.',
  'http.cannotDisableSelf': 'Không thể tự khóa tài khoản của mình.',
  'http.databaseUnavailable': 'Không kết nối được cơ sở dữ liệu.',
  'http.apiTokenNotFound': 'Không có mã truy cập "{{id}}".',
  'http.paymentGatewayDisabled':
    'Máy chủ này chưa kết nối cổng thanh toán trực tuyến: hãy nộp phí, lệ phí tại Bộ phận Một cửa.',
  'http.methodNotAllowedHere':
    'Phương thức {{method}} không được hỗ trợ tại địa chỉ này (hỗ trợ: {{allowed}}).',
  'http.nothingHere': 'Không tìm thấy địa chỉ này.',
  'http.badUrl': 'Địa chỉ yêu cầu không hợp lệ.',
  'http.invalidJsonBody': 'Nội dung yêu cầu không phải JSON hợp lệ.',
  'http.emptyJsonBody': 'Nội dung yêu cầu trống trong khi khai báo là JSON.',
  'http.jsonOnly': 'Kiểu nội dung không được hỗ trợ; hãy gửi application/json.',
  'http.invalidContentLength': 'Độ dài nội dung không khớp với tiêu đề Content-Length.',
  'http.uriTooLong': 'Địa chỉ yêu cầu quá dài.',

  'attachments.validationFailed': 'Trường “{{name}}” không hợp lệ.',
  'attachments.attachmentFileMissing': 'Thiếu tệp (trường “file”).',
  'attachments.attachmentOneFile': 'Mỗi lần chỉ tải lên một tệp, trong trường “file”.',
  'attachments.attachmentFieldsFirst':
    'Các trường componentId (hoặc resultId) và procedureCode (hoặc dossierCode) phải được gửi trước tệp.',
  'attachments.attachmentOneFileOnly': 'Mỗi lần chỉ tải lên một tệp.',
  'attachments.multipartInvalid':
    'Nội dung tải lên không phải multipart/form-data hợp lệ (hỏng, bị cắt ngang, hoặc quá nhiều trường).',
  'attachments.attachmentTooLarge':
    'Tệp vượt quá dung lượng tối đa {{max}} của thành phần hồ sơ "{{componentId}}".',
  'attachments.attachmentTypeNotAccepted':
    'Không nhận dạng được loại tệp từ nội dung; thành phần "{{componentId}}" chỉ nhận: {{list}}.',
  'attachments.attachmentTypeNotAcceptedForComponent':
    'Tệp có nội dung loại {{sniffed}}, không được nhận cho thành phần "{{componentId}}" (chỉ nhận: {{list}}).',
  'attachments.attachmentMislabelled':
    'Tệp được ghi là {{claim}} nhưng nội dung là {{sniffed}}; hãy gửi đúng tệp hoặc sửa tên, loại tệp.',
  'attachments.attachmentEmpty': 'Tệp đính kèm trống.',
  'attachments.attachmentNotFound': 'Không tìm thấy tệp đính kèm "{{id}}".',

  'server.unauthenticated': 'Cần đăng nhập để thực hiện việc này.',

  'cli.argumentMissing': 'Thiếu đường dẫn tới {{what}}.',
  'cli.fileNotFound': 'Không đọc được tệp {{path}} ({{what}}).',
  'cli.databaseNotFound': 'Không có cơ sở dữ liệu tại {{dataDir}} (đặt DATABASE_URL hoặc --data).',
  'cli.passwordMismatch': 'Hai lần nhập mật khẩu không khớp.',
  'cli.passwordMissing':
    'Thiếu mật khẩu {{what}}: nhập khi được hỏi, hoặc đưa vào dòng đầu của đầu vào chuẩn.',
  'cli.optionRequired': 'Thiếu --{{name}}.',
  'cli.unitCodeMissing': 'Thiếu mã đơn vị.',
  'cli.created': 'Đã tạo',
  'cli.renamed': 'Đã đổi tên',
  'cli.moved': 'Đã chuyển',
  'cli.argumentInvalid': 'Cách dùng:{{usage}}',
  'cli.atInvalid': '--at phải là thời điểm ISO-8601.',
  'cli.fromInvalid': '--from phải là thời điểm ISO-8601, ví dụ 2026-11-23T16:00:00+07:00.',
  'cli.amountInvalid': '--amount phải là một số từ 0 đến {{maxDuration}}.',
  'cli.unitInvalid': '--unit phải là một trong: {{timeUnits}}.',
  'cli.cutoffInvalid': '--cutoff phải là giờ "HH:MM", ví dụ 17:00.',
  'cli.scenarioInvalid': 'Kịch bản không hợp lệ tại /definition: phải là đường dẫn tới định nghĩa.',
  'cli.partitionNeedsPostgres': 'Lệnh partition chỉ dùng cho PostgreSQL: đặt DATABASE_URL=postgres://….',
  'cli.partitionsInvalid': '--partitions phải là số nguyên từ 2 đến 256, nhận được {{value}}.',
  'cli.auditUsage': 'Cách dùng: motcua audit verify|anchor [--data <thư mục>] [--at <ISO>]',
  'cli.unitFileExtension': 'Tệp đơn vị phải là .json hoặc .csv: {{path}}',
  'cli.unitFileUnreadable': 'Không đọc được tệp {{path}}.',
  'cli.unitTreeFile': 'tệp cây đơn vị .json hoặc .csv',
  'cli.adminLogin': 'tên đăng nhập của quản trị hệ thống',
  'cli.yearInvalid': '--year phải là một năm, ví dụ 2026.',
  'cli.argumentUnknown': 'Lệnh "{{command}}" không nhận tùy chọn {{unknown}} (nhận: {{known}}).',
  'cli.definitionInvalid': 'Định nghĩa có {{count}} lỗi; chạy "motcua lint" để xem. Lỗi đầu: {{first}}',
  'cli.optionMissing': 'Thiếu --{{name}} ({{what}}).',
  'cli.fileNotJson': 'Tệp {{path}} ({{what}}) không phải JSON hợp lệ: {{error}}',

  'server.environmentVariableNotValid':
    'Biến môi trường {{name}}="{{raw}}" không hợp lệ: cần số nguyên từ {{min}} đến {{max}}.',
  'server.partlyConfigured': '{{what}} chưa đủ, thiếu: {{missing}}.',
  'server.notValidUrl': '{{n}} không phải là URL hợp lệ.',
  'server.paymentBankBinMust':
    'PAYMENT_BANK_BIN phải gồm 6 chữ số (mã BIN của ngân hàng theo NAPAS); PAYMENT_BANK_ACCOUNT tối đa 19 chữ và số.',
  'server.databaseUrlMustStart': 'DATABASE_URL phải bắt đầu bằng postgres:// (bỏ trống để dùng SQLite).',
  'server.unknownArguments': 'Tham số không hợp lệ: {{unknown}}',
  'server.workersNotValid': '--workers cần một số nguyên từ 1 đến {{max}}, không phải "{{raw}}".',
  'server.workersNeedPostgres':
    'Chạy nhiều tiến trình (--workers) cần PostgreSQL (DATABASE_URL); SQLite chỉ phục vụ một tiến trình.',
  'server.databaseIsProduction':
    'cơ sở dữ liệu này đã được khởi tạo để vận hành thật (motcua init): không bao giờ thêm dữ liệu mẫu vào đó; bỏ --demo.',
  'server.databaseWasNeverSet':
    'cơ sở dữ liệu chưa được khởi tạo. Vận hành thật: "npx motcua init" (xem README); dùng thử: thêm --demo.',
  'server.standbyBehind':
    'bản sao chỉ đọc này chưa nhận đủ các bước cập nhật cơ sở dữ liệu của phiên bản này: hãy khởi động máy chủ trên bản chính trước.',
} as const;
